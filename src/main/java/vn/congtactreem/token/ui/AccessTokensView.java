package vn.congtactreem.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.token.AccessToken;
import vn.congtactreem.token.AccessTokenService;
import vn.congtactreem.token.NewAccessToken;

/**
 * "Mã truy cập API" (under the user's name in the menu): the user's personal access tokens for scripts and
 * integrations — make one (name, last day), see its secret once, list and revoke.
 */
@Route("account/tokens")
@PermitAll
public class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient AccessTokenService tokens;
    private final UserAccount user;
    final TextField name = new TextField();
    final DatePicker lastDay;
    final Button create = new Button();
    final TextField secret = new TextField();
    final Paragraph secretNote = new Paragraph();
    final Grid<AccessToken> grid = new Grid<>();

    public AccessTokensView(AccessTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.user = currentUser.require();
        addClassName("access-tokens-view");
        name.setLabel(getTranslation("token.field.name"));
        name.setPlaceholder(getTranslation("token.field.namePlaceholder"));
        name.setMaxLength(100);
        name.setWidth("22em");
        lastDay = DateFields.datePicker(getTranslation("token.field.lastDay"), getLocale());
        LocalDate today = LocalDate.now(CycleClock.VIETNAM);
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(366));
        lastDay.setValue(today.plusDays(90));
        create.setText(getTranslation("token.action.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, lastDay, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        secret.setLabel(getTranslation("token.secret.label"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secretNote.setText(getTranslation("token.secret.once"));
        secretNote.setVisible(false);
        grid.addColumn(AccessToken::name).setHeader(getTranslation("token.column.name")).setFlexGrow(2);
        grid.addColumn(t -> day(t.createdAt())).setHeader(getTranslation("token.column.created"));
        grid.addColumn(t -> day(t.expiresAt().minusSeconds(1))).setHeader(getTranslation("token.column.lastDay"));
        grid.addColumn(this::status).setHeader(getTranslation("token.column.status"));
        grid.addComponentColumn(this::revokeButton).setKey("action")
                .setHeader(getTranslation("token.column.action"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")), form, secret,
                secretNote, grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        lastDay.setInvalid(false);
        try {
            NewAccessToken made = tokens.create(user, user.id(), name.getValue(), lastDay.getValue());
            secret.setValue(made.secret());
            secret.setVisible(true);
            secretNote.setVisible(true);
            name.clear();
            refresh();
        } catch (ValidationException e) {
            String message = getTranslation(e.messageKey(), e.args());
            if ("lastDay".equals(e.field())) {
                lastDay.setErrorMessage(message);
                lastDay.setInvalid(true);
            } else if ("name".equals(e.field())) {
                name.setErrorMessage(message);
                name.setInvalid(true);
            } else {
                Notification.show(message);
            }
        }
    }

    private Button revokeButton(AccessToken token) {
        Button revoke = new Button(getTranslation("token.action.revoke"), e -> {
            tokens.revoke(user, token.id());
            Notification.show(getTranslation("token.revoked", token.name()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private String status(AccessToken token) {
        if (token.revokedAt() != null) {
            return getTranslation("token.status.revoked", day(token.revokedAt()));
        }
        return getTranslation(token.usableAt(Instant.now()) ? "token.status.active" : "token.status.expired");
    }

    private void refresh() {
        grid.setItems(tokens.list(user, user.id()));
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(CycleClock.VIETNAM));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title");
    }
}
