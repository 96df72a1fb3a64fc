package vn.congtactreem.base.ui;

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
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.ValidationException;

/**
 * A page about one thing named by an id in the route (a plan, a report): what the pages share is
 * the id, a page the user may not see shown as such, header lines, the reviewer's comment, and
 * commands whose errors stay next to their field.
 */
public abstract class DetailPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    protected final FieldErrors errors = new FieldErrors(this);
    private final String idParameter;
    private final String notAvailableKey;
    protected long id;

    protected DetailPage(String idParameter, String notAvailableKey) {
        this.idParameter = idParameter;
        this.notAvailableKey = notAvailableKey;
    }

    /** Adds the page's content for {@link #id}; may throw when the user may not see it. */
    protected abstract void show();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(idParameter).orElse(-1L);
        render();
        // a new page starts at its top, not where the previous one was scrolled to
        event.getUI().getPage().executeJs("window.scrollTo(0, 0)");
    }

    protected void render() {
        removeAll();
        try {
            show();
        } catch (NotAllowedException | ValidationException e) {
            removeAll();
            add(new H2(getTranslation(notAvailableKey)));
        }
    }

    /** Runs a command; on success says so and shows the page as it now is; on error keeps what was typed. */
    protected boolean act(Runnable command, String doneKey) {
        if (errors.attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent()) {
            // bottom end: at the start it would cover the user's name, language and sign-out in the drawer
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
            return true;
        }
        return false;
    }

    protected Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        line.add(label, new Span(value));
        line.addClassName("report-line");
        return line;
    }

    /** The reason a reviewer gave for returning, in red, if there is one. */
    protected void addReturnedComment(String headerKey, String comment) {
        if (comment != null && !comment.isBlank()) {
            Div returned = new Div(new Span(getTranslation(headerKey)), new Paragraph(comment));
            returned.addClassName("returned-comment");
            add(returned);
        }
    }
}
