package vn.congtactreem.demo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.demo.DemoClockTool;
import vn.congtactreem.org.Role;

/**
 * "Đồng hồ demo" (dev profile with the demo cycle; route registered by {@link DemoClockRoute}): the
 * engine time, and buttons that move it forward by an hour, a day, a week or to a chosen moment;
 * the timers that fall due fire at once.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 13, icon = "vaadin:clock", title = "menu.demoClock")
public class DemoClockView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CycleClock.VIETNAM);

    private final DemoClockTool tool;
    final Span now = new Span();
    final Button plusHour = new Button();
    final Button plusDay = new Button();
    final Button plusWeek = new Button();
    final DateTimePicker target = new DateTimePicker();
    final Button go = new Button();

    public DemoClockView(DemoClockTool tool) {
        this.tool = tool;
        addClassName("demo-clock-view");
        now.addClassName("demo-clock-now");
        now.getElement().setAttribute("aria-live", "polite");

        plusHour.setText(getTranslation("demoClock.plusHour"));
        plusHour.addClickListener(e -> move(() -> tool.forward(Duration.ofHours(1))));
        plusDay.setText(getTranslation("demoClock.plusDay"));
        plusDay.addClickListener(e -> move(() -> tool.forward(Duration.ofDays(1))));
        plusWeek.setText(getTranslation("demoClock.plusWeek"));
        plusWeek.addClickListener(e -> move(() -> tool.forward(Duration.ofDays(7))));

        target.setLabel(getTranslation("demoClock.target"));
        target.setLocale(getLocale());
        target.setStep(Duration.ofMinutes(30));
        go.setText(getTranslation("demoClock.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> move(() -> tool.moveTo(target.getValue() == null ? null
                : target.getValue().atZone(CycleClock.VIETNAM).toInstant())));

        HorizontalLayout steps = new HorizontalLayout(plusHour, plusDay, plusWeek);
        HorizontalLayout toMoment = new HorizontalLayout(target, go);
        toMoment.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.demoClock")), new Paragraph(getTranslation("demoClock.intro")), now, steps,
                toMoment);
        showNow(tool.now());
    }

    private void move(Supplier<DemoClockTool.Moved> command) {
        try {
            DemoClockTool.Moved moved = command.get();
            target.setInvalid(false);
            showNow(moved.now());
            Notification.show(getTranslation("demoClock.moved", TIME.format(moved.now()), moved.jobsRun()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException refused) {
            Object[] args = refused.args();
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i] instanceof Instant instant ? TIME.format(instant) : args[i];
            }
            target.setErrorMessage(getTranslation(refused.messageKey(), args));
            target.setInvalid(true);
        }
    }

    private void showNow(Instant instant) {
        now.setText(getTranslation("demoClock.now", TIME.format(instant)));
        target.setMin(LocalDateTime.ofInstant(instant, CycleClock.VIETNAM).withSecond(0).withNano(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.demoClock");
    }
}
