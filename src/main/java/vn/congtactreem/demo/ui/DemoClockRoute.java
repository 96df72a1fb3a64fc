package vn.congtactreem.demo.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.congtactreem.shell.MainLayout;

/**
 * Registers "Đồng hồ demo" ({@value #PATH}) only where the demo clock exists (dev profile with the
 * demo cycle): the view carries no {@code @Route}, so elsewhere the address answers "not found" and
 * the menu, built from the registered routes, has no entry for it.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
class DemoClockRoute implements VaadinServiceInitListener {

    static final String PATH = "admin/demo-clock";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (!routes.isRouteRegistered(DemoClockView.class)) {
            routes.setRoute(PATH, DemoClockView.class, List.of(MainLayout.class));
        }
    }
}
