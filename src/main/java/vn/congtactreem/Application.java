package vn.congtactreem;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application and Vaadin's app shell. {@code @LoadDependenciesOnStartup} (all routes' front-end dependencies in
 * the first bundle): the production build splits components by route, following byte code from each route, and
 * cannot see what the feature modules hand to the layout as Spring beans (the header's notification bell and its
 * popover). Without it the production jar showed the bell's popover content open in every page's header, while
 * the development mode was right (walkthrough of issue 16, docs/admin-setup.md).
 */
@SpringBootApplication
@Theme("congtactreem")
@LoadDependenciesOnStartup
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
