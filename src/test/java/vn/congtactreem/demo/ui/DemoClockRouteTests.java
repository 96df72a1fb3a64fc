package vn.congtactreem.demo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.support.KaribuUiTest;

/**
 * Without the demo clock (here: the dev profile without the demo cycle, as every test context but
 * the demo's own) "Đồng hồ demo" does not exist: no route, no menu entry, even for the administrator.
 * With it: {@code DemoClockIntegrationTests}.
 */
class DemoClockRouteTests extends KaribuUiTest {

    @Test
    void withoutTheDemoClockTheAddressIsNotFoundAndTheMenuHasNoEntry() {
        login(testOrgs().admin());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(RouteConfiguration.forApplicationScope().isRouteRegistered(DemoClockView.class)).isFalse();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .as("the administrator's menu is there").contains("Người dùng").doesNotContain("Đồng hồ demo");
        // the router knows no such address: the browser gets the not-found page (404)
        assertThat(RouteConfiguration.forApplicationScope().isPathAvailable(DemoClockRoute.PATH)).isFalse();
        assertThat(UI.getCurrent().getInternals().getRouter().resolveNavigationTarget(
                new Location(DemoClockRoute.PATH))).isEmpty();
        assertThat(_find(DemoClockView.class)).isEmpty();
    }
}
