package vn.congtactreem.base.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import vn.congtactreem.base.CycleClock;

/**
 * "Đã tự động lưu lúc 10:32" next to a form's buttons, on the cycle's clock (the demo clock moves it);
 * read out by screen readers when it changes.
 */
public class AutosaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final CycleClock CLOCK = new CycleClock();

    public AutosaveStatus() {
        addClassName("autosave-status");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Says the form was saved now; {@code key} takes the time as its argument. */
    public void saved(String key) {
        setText(getTranslation(key, TIME.format(LocalTime.ofInstant(CLOCK.now(), CycleClock.VIETNAM))));
    }
}
