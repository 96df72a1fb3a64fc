package vn.congtactreem.substitute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;

/**
 * "Ủy quyền khi vắng mặt" for one person: name a substitute and the days, see the substitutions so far and end a
 * running or coming one early. The same section on the user's own page and, for a chosen user, the
 * administrator's; the service decides what may be named and says why not next to the field.
 */
public class SubstitutionsSection extends VerticalLayout {

    static final String FIELD_SUBSTITUTE = "substitute";
    static final String FIELD_FROM = "from";
    static final String FIELD_TO = "to";
    static final String END_COLUMN = "end";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final ComboBox<UserAccount> substitute = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final Button name = new Button();
    final Grid<Substitution> grid = new Grid<>();
    final Span empty = new Span();
    private final FieldErrors errors = new FieldErrors(this);
    private final SubstitutionService substitutions;
    private final CycleClock clock;
    private final UserAccount actor;
    private final UserAccount person;

    public SubstitutionsSection(SubstitutionService substitutions, CycleClock clock, UserAccount actor,
                                UserAccount person, boolean forAnother) {
        this.substitutions = substitutions;
        this.clock = clock;
        this.actor = actor;
        this.person = person;
        addClassName("substitutions-section");
        setPadding(false);
        Span help = new Span(forAnother ? getTranslation("substitute.section.helpAdmin", person.fullName())
                : getTranslation("substitute.section.help"));
        help.addClassName("hint");
        substitute.setLabel(getTranslation("substitute.field.substitute"));
        substitute.setItemLabelGenerator(UserAccount::fullName);
        substitute.setItems(substitutions.candidates(actor, person.id()));
        from = DateFields.datePicker(getTranslation("substitute.field.from"), getLocale());
        to = DateFields.datePicker(getTranslation("substitute.field.to"), getLocale());
        from.setValue(clock.today());
        errors.bind(FIELD_SUBSTITUTE, substitute).bind(FIELD_FROM, from).bind(FIELD_TO, to);
        name.setText(getTranslation("substitute.action.name"));
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.addClickListener(e -> errors.attempt(() -> substitutions.name(actor, person.id(),
                new SubstitutionForm(substitute.getValue() == null ? null : substitute.getValue().id(),
                        from.getValue(), to.getValue()))).ifPresent(named -> {
                            Notification.show(getTranslation("substitute.notice.named", named.substituteName()),
                                    3000, Notification.Position.BOTTOM_START);
                            substitute.clear();
                            to.clear();
                            refresh();
                        }));
        FormLayout form = new FormLayout(substitute, from, to, errors.formError());
        form.setMaxWidth("48rem");
        grid.addColumn(Substitution::substituteName).setHeader(getTranslation("substitute.column.substitute"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(s -> DAY.format(s.from())).setHeader(getTranslation("substitute.column.from"))
                .setAutoWidth(true);
        grid.addColumn(s -> DAY.format(s.to())).setHeader(getTranslation("substitute.column.to")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(stateKey(s, clock.today())))
                .setHeader(getTranslation("substitute.column.state")).setAutoWidth(true);
        grid.addComponentColumn(this::endButton).setKey(END_COLUMN).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("substitute.empty"));
        add(new H3(getTranslation("substitute.section.title")), help, form, name, grid, empty);
        refresh();
    }

    private Button endButton(Substitution s) {
        Button end = new Button(getTranslation("substitute.action.endEarly"));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        end.setVisible(!s.isOver(clock.today()));
        end.addClickListener(e -> errors.attempt(() -> substitutions.endEarly(actor, s.id())).ifPresent(ended -> {
            Notification.show(getTranslation("substitute.notice.ended", ended.substituteName()), 3000,
                    Notification.Position.BOTTOM_START);
            refresh();
        }));
        return end;
    }

    static String stateKey(Substitution s, LocalDate today) {
        if (s.endedEarlyAt() != null) {
            return "substitute.state.endedEarly";
        }
        if (today.isAfter(s.to())) {
            return "substitute.state.over";
        }
        return today.isBefore(s.from()) ? "substitute.state.upcoming" : "substitute.state.running";
    }

    void refresh() {
        List<Substitution> rows = substitutions.of(actor, person.id());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }
}
