package vn.congtactreem;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.LoadDependenciesOnStartup;
import org.junit.jupiter.api.Test;

/**
 * The production bundle loads every route's front-end dependencies at the first page. Vaadin's production build
 * follows byte code from each route to split the bundle, and cannot see the components that feature modules hand
 * to the layout as Spring beans (the header's notification bell with its popover): with the default split, the
 * production jar showed the popover's content open in every header while the development mode looked right.
 */
class ProductionBundleTests {

    @Test
    void everyRoutesDependenciesLoadWithTheFirstPage() {
        LoadDependenciesOnStartup eager = Application.class.getAnnotation(LoadDependenciesOnStartup.class);
        assertThat(eager).as("@LoadDependenciesOnStartup on the app shell").isNotNull();
        assertThat(eager.value()).as("no list of routes: all of them").isEmpty();
    }
}
