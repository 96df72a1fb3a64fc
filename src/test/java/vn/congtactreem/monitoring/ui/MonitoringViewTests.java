package vn.congtactreem.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.monitoring.MatrixRow;
import vn.congtactreem.monitoring.MonitoringFixture;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;

class MonitoringViewTests extends KaribuUiTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private MonitoringFixture f;

    @BeforeEach
    void province() {
        f = new MonitoringFixture(orgs, users, jdbc).build();
    }

    @Test
    void provinceManagerSeesTilesMatrixSubAreasAndTargetsOfTheYearsPlan() {
        login(f.provinceManager);
        open("year", String.valueOf(MonitoringFixture.YEAR));

        MonitoringView view = _get(MonitoringView.class);
        assertThat(view.plan.getValue().planId()).isEqualTo(f.provincePlan);
        assertThat(view.period.getValue().periodId()).isEqualTo(f.provincePeriod);
        assertThat(view.tiles.value("expected")).isEqualTo("3");
        assertThat(view.tiles.value("missing")).isEqualTo("1");
        assertThat(view.tiles.value("reportingRate")).isEqualTo("2/3 (66,7 %)");
        assertThat(view.tiles.value("onTimeRate")).isEqualTo("1/3 (33,3 %)");
        assertThat(view.tiles.value("upperDue")).isEqualTo("Không gửi cấp trên");
        assertThat(GridKt._size(view.matrix)).isEqualTo(3);
        int row = rowOf(view, f.commune1);
        Anchor cell = (Anchor) GridKt._getCellComponent(view.matrix, row, "period-" + f.provincePeriod);
        assertThat(cell.getText()).isEqualTo("Muộn · 15/05/2023");
        assertThat(cell.getHref()).startsWith("reports/");
        assertThat(cell.getClassNames()).contains("cell-late");
        assertThat(GridKt._size(view.subAreas.grid)).isEqualTo(2);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Theo dõi tiến độ");
    }

    @Test
    void subAreasSortByRateAndFilterToTheLateOrMissing() {
        f.commune1AllOnTime();
        login(f.provinceManager);
        open("period", String.valueOf(f.provincePeriod));
        SubAreaTable table = _get(MonitoringView.class).subAreas;

        table.grid.sort(GridSortOrder.desc(table.grid.getColumnByKey("rate")).build());
        // commune 1 now 2/2 (100 %), commune 2 2/3
        assertThat(GridKt._findAll(table.grid)).extracting(SubAreaRow::unitId).containsExactly(f.commune1, f.commune2);
        table.grid.sort(GridSortOrder.asc(table.grid.getColumnByKey("rate")).build());
        assertThat(GridKt._findAll(table.grid)).extracting(SubAreaRow::unitId).containsExactly(f.commune2, f.commune1);

        table.onlyLateOrMissing.setValue(true);

        assertThat(GridKt._findAll(table.grid)).extracting(SubAreaRow::unitId).containsExactly(f.commune2);
    }

    @Test
    void drillingDownToACommuneShowsItsOwnFiguresWithTheWayBack() {
        login(f.provinceManager);
        open("period", String.valueOf(f.provincePeriod));
        SubAreaTable table = _get(MonitoringView.class).subAreas;
        int row = GridKt._findAll(table.grid).stream().map(SubAreaRow::unitId).toList().indexOf(f.commune1);
        Anchor drill = (Anchor) GridKt._getCellComponent(table.grid, row, "drill");
        assertThat(drill.getHref()).isEqualTo("monitoring?period=" + f.commune1Period);

        open("period", String.valueOf(f.commune1Period));

        MonitoringView view = _get(MonitoringView.class);
        assertThat(view.tiles.value("expected")).isEqualTo("2");
        assertThat(view.tiles.value("reportingRate")).isEqualTo("1/2 (50 %)");
        assertThat(view.plan.getValue().planId()).isEqualTo(f.commune1Plan);
        List<Anchor> back = _find(view.breadcrumb, Anchor.class);
        assertThat(back).extracting(Anchor::getHref).containsExactly("monitoring?period=" + f.provincePeriod);
        assertThat(_find(view.breadcrumb, Span.class)).extracting(Span::getText).contains(orgs.get(f.commune1).name());
    }

    @Test
    void aCommuneManagerCannotOpenTheProvincesPeriod() {
        login(f.commune1Manager);
        open("period", String.valueOf(f.provincePeriod));

        MonitoringView view = _get(MonitoringView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText())
                .isEqualTo("Không tìm thấy kỳ báo cáo này, hoặc bạn không có quyền theo dõi kỳ báo cáo này.");
        assertThat(view.tiles.value("expected")).isNull();
    }

    @Test
    void aReporterHasNoDashboard() {
        login(f.commune1Reporter);

        assertThatThrownBy(() -> UI.getCurrent().navigate(MonitoringView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(MonitoringView.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartsShowTheRatesPerPeriodAndSubAreaWithTheirTextAndTheTargetsByStatus() {
        login(f.provinceManager);
        open("period", String.valueOf(f.provincePeriod));
        ChartsPanel charts = _get(MonitoringView.class).charts;

        List<Map<String, Object>> periodSeries = (List<Map<String, Object>>) charts.periods.option().get("series");
        assertThat(periodSeries).extracting(s -> s.get("data")).containsExactly(
                List.of(new BigDecimal("66.7")), List.of(new BigDecimal("33.3")));
        assertThat(charts.periods.summary()).isEqualTo("6 tháng 2023: báo cáo 2/3 (66,7 %), đúng hạn 1/3 (33,3 %)");
        Map<String, Object> names = (Map<String, Object>) charts.subAreas.option().get("yAxis");
        assertThat((List<String>) names.get("data")).containsExactly(orgs.get(f.commune1).name(), f.commune2Name);
        List<Map<String, Object>> subAreaSeries = (List<Map<String, Object>>) charts.subAreas.option().get("series");
        assertThat(subAreaSeries.get(0).get("data")).isEqualTo(List.of(new BigDecimal("50.0"), new BigDecimal("66.7")));
        assertThat(charts.subAreas.summary()).contains(f.commune2Name + ": báo cáo 2/3 (66,7 %), đúng hạn 1/3 (33,3 %)");
        // the province's plan has no targets: its chart is not shown
        assertThat(charts.targets.getParent().orElseThrow().isVisible()).isFalse();

        f.targetInBothCommunes();
        open("period", String.valueOf(f.commune2Period));
        charts = _get(MonitoringView.class).charts;
        assertThat(charts.targets.getParent().orElseThrow().isVisible()).isTrue();
        List<Map<String, Object>> ring = (List<Map<String, Object>>) ((List<Map<String, Object>>) charts.targets
                .option().get("series")).get(0).get("data");
        assertThat(ring).extracting(d -> d.get("name"), d -> d.get("value")).containsExactly(tuple("Chưa có số liệu", 1));
        assertThat(charts.targets.summary()).isEqualTo("Chưa có số liệu: 1");
        assertThat(charts.targets.getElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void remindingTheUnitsStillAwaitedTellsWhoWasReminded() {
        login(f.provinceManager);
        open("period", String.valueOf(f.provincePeriod));
        MonitoringView view = _get(MonitoringView.class);

        _click(view.actions.remind);
        assertThat(view.actions.result.getText()).startsWith("Đã nhắc 1 đơn vị: " + f.commune2Name);
        _click(view.actions.remind);

        assertThat(view.actions.result.getText()).startsWith("Không có đơn vị nào cần nhắc thêm hôm nay");
        assertThat(view.actions.export.build().fileName()).endsWith(".xlsx");
    }

    @Test
    void aPlansPageLinksEachOpenPeriodToItsProgress() {
        login(f.provinceManager);
        UI.getCurrent().navigate("plans/" + f.provincePlan);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);

        assertThat(_find(Anchor.class)).filteredOn(a -> a.hasClassName("monitoring-period-link"))
                .extracting(Anchor::getHref).containsExactly("monitoring?period=" + f.provincePeriod);
    }

    private static void open(String parameter, String value) {
        UI.getCurrent().navigate(MonitoringView.ROUTE, QueryParameters.of(parameter, value));
    }

    private static int rowOf(MonitoringView view, long unitId) {
        return GridKt._findAll(view.matrix).stream().map(MatrixRow::unitId).toList().indexOf(unitId);
    }
}
