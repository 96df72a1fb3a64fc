package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.format.DateTimeFormatter;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.security.AccessScope;

/**
 * What the report pages share: the id from the route, a page the user may not see shown as such,
 * header lines, the reviewer's comment, and commands whose errors stay next to their field.
 */
abstract class ReportPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final FieldErrors errors = new FieldErrors(this);
    private final String idParameter;
    long id;

    ReportPage(String idParameter) {
        this.idParameter = idParameter;
        addClassName("unit-report-view");
    }

    /** Adds the page's content for {@link #id}; may throw when the user may not see it. */
    abstract void show();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(idParameter).orElse(-1L);
        render();
    }

    void render() {
        removeAll();
        try {
            show();
        } catch (AccessScope.NotAllowedException | ValidationException e) {
            removeAll();
            add(new H2(getTranslation("report.notAvailable")));
        }
    }

    /** Runs a command; on success says so and shows the page as it now is; on error keeps what was typed. */
    void act(Runnable command, String doneKey) {
        if (errors.attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent()) {
            // bottom end: at the start it would cover the user's name, language and sign-out in the drawer
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        }
    }

    Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        line.add(label, new Span(value));
        line.addClassName("report-line");
        return line;
    }

    /** A small red badge (Lumo's "badge error"), e.g. next to a status: "Nộp muộn". */
    Span badge(String textKey, String className) {
        Span badge = new Span(getTranslation(textKey));
        badge.getElement().getThemeList().addAll(java.util.List.of("badge", "error"));
        badge.addClassNames("status-badge", className);
        return badge;
    }

    /** The reason a reviewer gave for returning, in red, if there is one. */
    void addReturnedComment(String headerKey, String comment) {
        if (comment != null && !comment.isBlank()) {
            Div returned = new Div(new Span(getTranslation(headerKey)), new Paragraph(comment));
            returned.addClassName("returned-comment");
            add(returned);
        }
    }
}
