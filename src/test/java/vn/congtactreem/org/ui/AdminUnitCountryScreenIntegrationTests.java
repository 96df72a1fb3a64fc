package vn.congtactreem.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.LoadedOrgUnits;

/**
 * The administrator loads the whole official list (34 provinces, 3,321 communes, their agencies) through
 * "Nạp danh mục đơn vị hành chính", then opens "Cơ cấu tổ chức": it opens with the provinces and finds a
 * commune by its code. On PostgreSQL (Failsafe): the slowest of the screen tests, kept out of the fast lane.
 * What the test loads is removed afterwards.
 */
class AdminUnitCountryScreenIntegrationTests extends KaribuUiTest {

    @Autowired
    private AgencyTemplates templates;

    @Autowired
    private JdbcTemplate jdbc;

    private LoadedOrgUnits loaded;
    private AdminUnitImportView view;

    @BeforeEach
    void signInAsAdmin() {
        loaded = LoadedOrgUnits.remember(jdbc, templates);
        login("admin");
        UI.getCurrent().navigate(AdminUnitImportView.class);
        view = _get(AdminUnitImportView.class);
    }

    @AfterEach
    void removeWhatWasLoaded() {
        loaded.removeWhatWasLoaded();
    }

    @Test
    void afterTheWholeCountryTheOrganisationScreenOpensWithTheProvincesAndFindsACommuneByCode() {
        _click(view.chooseAll);
        view.withAgencies.setValue(true);
        _click(view.preview);
        assertThat(GridKt._size(view.lines)).isEqualTo(34 + 3321);
        _click(view.apply);
        view.running().join();
        MockVaadin.clientRoundtrip();
        assertThat(view.status.getText()).startsWith("Đã nạp xong:");

        long started = System.nanoTime();
        UI.getCurrent().navigate(OrganisationsView.class);
        OrganisationsView tree = _get(OrganisationsView.class);
        long openedMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Organisation screen with the whole country opened in %d ms%n", openedMs);
        // provinces open, communes closed: 34 + the demo's roots and what sits directly under them
        assertThat(GridKt._size(tree.tree())).isLessThan(4000);
        _setValue(tree.search(), "00070");
        assertThat(GridKt._size(tree.tree())).isEqualTo(2);
        assertThat(GridKt._get(tree.tree(), 1).name()).isEqualTo("Phường Hoàn Kiếm");
    }
}
