package vn.congtactreem.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorForm;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestRows;

/**
 * "Danh mục chỉ tiêu" as the administrator uses it. The database is shared by the whole run: tests add
 * their own indicators and never deactivate a delivered one.
 */
class IndicatorsViewTests extends KaribuUiTest {

    @Autowired
    private IndicatorCatalog catalog;

    @Autowired
    private JdbcTemplate jdbc;

    private IndicatorsView view;

    @Test
    void theGridListsTheCatalogueWithItsMeasuresGroupsAndSources() {
        openAsAdmin();

        assertThat(rows()).extracting(Indicator::code).contains("CH-03", "BV-02", "BV-07", "BV-09", "NL-01");
        assertThat(GridKt._size(view.grid)).isEqualTo(catalog.all().size());
        assertThat(GridKt._getFormattedRow(view.grid, row("BV-07"))).startsWith("BV-07",
                "Tỷ suất trẻ em bị tai nạn, thương tích", "Tỷ suất (/100.000)", "Bảo vệ trẻ em",
                "Càng thấp càng tốt", "QĐ 23/QĐ-TTg", "Đang sử dụng");
        assertThat(GridKt._getFormattedRow(view.grid, row("CH-03"))).contains("Có/Không", "Thông tin chung");
        assertThat(GridKt._getFormattedRow(view.grid, row("BV-09"))).contains("Số lượng");
        assertThat(GridKt._getFormattedRow(view.grid, row("YT-01"))).contains("Tỷ suất (‰)");
        assertThat(GridKt._getFormattedRow(view.grid, row("NL-01"))).contains("Tỷ lệ (%)",
                "Năng lực, truyền thông", "Kế hoạch xã/phường");
    }

    @Test
    void theTextAndGroupFiltersNarrowTheGrid() {
        openAsAdmin();

        _setValue(view.search, "duoi nuoc");
        assertThat(rows()).extracting(Indicator::code).containsExactly("BV-10");

        _setValue(view.search, "tai nạn");
        assertThat(rows()).extracting(Indicator::code).contains("BV-07", "BV-08", "BV-09", "NL-04");
        _setValue(view.group, IndicatorGroup.CAPACITY);
        assertThat(rows()).extracting(Indicator::code).containsExactly("NL-04");

        _setValue(view.search, "");
        assertThat(rows()).isNotEmpty().allMatch(i -> i.group() == IndicatorGroup.CAPACITY)
                .extracting(Indicator::code).contains("NL-01", "NL-09");
        _setValue(view.group, null);
        assertThat(GridKt._size(view.grid)).isEqualTo(catalog.all().size());
    }

    @Test
    void aMissingDenominatorIsShownNextToItThenTheIndicatorIsSaved() {
        String code = uniqueCode();
        openAsAdmin();
        _click(view.add);
        IndicatorDialog dialog = _get(IndicatorDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Thêm chỉ tiêu");
        _setValue(dialog.code, code.toLowerCase(Locale.ROOT));
        _setValue(dialog.name, "Tỷ suất trẻ em bị bạo lực học đường");
        _setValue(dialog.measure, Measure.PER_100K);
        _setValue(dialog.group, IndicatorGroup.PROTECTION);
        _setValue(dialog.direction, Direction.LOWER_IS_BETTER);
        _setValue(dialog.numerator, "Số trẻ em bị bạo lực tại trường học");
        _setValue(dialog.countUnit, "trẻ em");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.denominator.isInvalid()).isTrue();
        assertThat(dialog.denominator.getErrorMessage())
                .isEqualTo("Tỷ lệ, tỷ suất cần mẫu số, ví dụ: Tổng số trẻ em có hoàn cảnh đặc biệt.");
        assertThat(dialog.code.isInvalid()).isFalse();
        assertThat(dialog.numerator.getValue()).isEqualTo("Số trẻ em bị bạo lực tại trường học");
        assertThat(catalog.byCode(code)).isEmpty();

        _setValue(dialog.denominator, "Tổng số học sinh");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Đã lưu chỉ tiêu " + code + ".");
        Indicator saved = catalog.byCode(code).orElseThrow();
        assertThat(saved.measure()).isEqualTo(Measure.PER_100K);
        assertThat(saved.denominator()).isEqualTo("Tổng số học sinh");
        assertThat(GridKt._getFormattedRow(view.grid, row(code))).startsWith(code,
                "Tỷ suất trẻ em bị bạo lực học đường", "Tỷ suất (/100.000)", "Bảo vệ trẻ em", "Càng thấp càng tốt");
    }

    @Test
    void aCodeAlreadyInTheCatalogueIsShownNextToTheCode() {
        int before = catalog.all().size();
        openAsAdmin();
        _click(view.add);
        IndicatorDialog dialog = _get(IndicatorDialog.class);
        _setValue(dialog.code, "bv-02");
        _setValue(dialog.name, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp");
        _setValue(dialog.group, IndicatorGroup.PROTECTION);
        _setValue(dialog.numerator, "Số trẻ em được trợ giúp");
        _setValue(dialog.denominator, "Tổng số trẻ em có hoàn cảnh đặc biệt");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Mã \"BV-02\" đã có trong danh mục.");
        assertThat(dialog.code.getValue()).isEqualTo("bv-02");
        assertThat(catalog.all()).hasSize(before);
    }

    @Test
    void aYesNoIndicatorAsksNeitherNumeratorNorDenominator() {
        openAsAdmin();
        _click(view.add);
        IndicatorDialog dialog = _get(IndicatorDialog.class);
        assertThat(dialog.numerator.isVisible()).isTrue();
        assertThat(dialog.denominator.isVisible()).isTrue();

        _setValue(dialog.measure, Measure.YES_NO);
        assertThat(dialog.numerator.isVisible()).isFalse();
        assertThat(dialog.denominator.isVisible()).isFalse();

        _setValue(dialog.measure, Measure.COUNT);
        assertThat(dialog.numerator.isVisible()).isTrue();
        assertThat(dialog.numerator.getLabel()).isEqualTo("Đếm những gì");
        assertThat(dialog.denominator.isVisible()).isFalse();
    }

    @Test
    void theAdministratorRenamesAnIndicator() {
        Indicator indicator = create(uniqueCode());
        openAsAdmin();
        _click(action(indicator.code(), "Sửa"));
        IndicatorDialog dialog = _get(IndicatorDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Sửa chỉ tiêu " + indicator.code());
        assertThat(dialog.measure.isReadOnly()).as("no plan uses it yet").isFalse();
        assertThat(dialog.plausibleMax.getValue()).hasToString("100");

        _setValue(dialog.name, "Tỷ lệ học sinh được học kỹ năng sống");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(catalog.get(indicator.id()).name()).isEqualTo("Tỷ lệ học sinh được học kỹ năng sống");
        assertThat(GridKt._getFormattedRow(view.grid, row(indicator.code())))
                .contains("Tỷ lệ học sinh được học kỹ năng sống");
    }

    @Test
    void theMeasureOfAnIndicatorAPlanUsesCannotBeChangedInTheDialog() {
        Indicator indicator = create(uniqueCode());
        long province = testOrgs().area(null, "Tỉnh Danh Mục", "PROVINCE", "danhmuc").id();
        long plan = TestRows.insert(jdbc, "insert into plan (org_unit_id, title, year_from, year_to, status)"
                + " values (?, 'Kế hoạch thử danh mục chỉ tiêu', 2024, 2024, 'DRAFT')", province);
        try {
            jdbc.update("insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator,"
                    + " target_value, shape) values (?, 0, ?, 2024, 'AT_LEAST', 90, 'LEVEL')", plan, indicator.id());
            openAsAdmin();
            _click(action(indicator.code(), "Sửa"));
            IndicatorDialog dialog = _get(IndicatorDialog.class);

            assertThat(dialog.measure.isReadOnly()).isTrue();
            assertThat(dialog.measure.getHelperText())
                    .isEqualTo("Đã có kế hoạch hoặc số liệu dùng chỉ tiêu này: không đổi được cách đo.");
            _setValue(dialog.source, "QĐ 23/QĐ-TTg");
            _click(dialog.save);
            assertThat(dialog.isOpened()).isFalse();
            assertThat(catalog.get(indicator.id()).source()).isEqualTo("QĐ 23/QĐ-TTg");
        } finally {
            jdbc.update("delete from plan where id = ?", plan);
        }
    }

    @Test
    void theAdministratorTakesAnIndicatorOutOfUseAndBackAgain() {
        Indicator indicator = create(uniqueCode());
        openAsAdmin();
        _click(action(indicator.code(), "Ngừng sử dụng"));
        IndicatorActivationDialog dialog = _get(IndicatorActivationDialog.class);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(catalog.get(indicator.id()).active()).isFalse();
        assertThat(catalog.active()).extracting(Indicator::id).doesNotContain(indicator.id());
        assertThat(GridKt._getFormattedRow(view.grid, row(indicator.code()))).contains("Ngừng sử dụng");

        _click(action(indicator.code(), "Sử dụng lại"));
        IndicatorActivationDialog reactivation = _get(IndicatorActivationDialog.class,
                spec -> spec.withPredicate(Dialog::isOpened));
        _click(reactivation.confirm);
        assertThat(catalog.get(indicator.id()).active()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, row(indicator.code()))).contains("Đang sử dụng");
    }

    @Test
    void anOfficerCannotOpenTheCatalogueScreen() {
        login(testOrgs().area(null, "Tỉnh Không Danh Mục", "PROVINCE", "khongdanhmuc").officer());
        assertThatThrownBy(() -> UI.getCurrent().navigate(IndicatorsView.class))
                .hasMessageContaining("Access is denied");
        assertThat(_find(IndicatorsView.class)).isEmpty();
    }

    private String admin;

    /** This test's administrator, made once per test. */
    private String admin() {
        if (admin == null) {
            admin = testOrgs().admin();
        }
        return admin;
    }

    private void openAsAdmin() {
        login(admin());
        UI.getCurrent().navigate(IndicatorsView.class);
        view = _get(IndicatorsView.class);
    }

    private Indicator create(String code) {
        login(admin());
        return catalog.create(new IndicatorForm(code, "Tỷ lệ học sinh được giáo dục kỹ năng sống", Measure.PERCENT,
                "Số học sinh được giáo dục kỹ năng sống", "Tổng số học sinh", "học sinh", Direction.HIGHER_IS_BETTER,
                IndicatorGroup.EDUCATION, "Kế hoạch xã/phường", java.math.BigDecimal.ZERO,
                java.math.BigDecimal.valueOf(100), null));
    }

    private static String uniqueCode() {
        return "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private List<Indicator> rows() {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private Indicator row(String code) {
        return rows().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in the grid"));
    }

    /** A button of the "Thao tác" column in the indicator's row (by its label), rendered as the grid renders it. */
    @SuppressWarnings("unchecked")
    private Button action(String code, String label) {
        Grid.Column<Indicator> column = GridKt._getColumnByHeader(view.grid, "Thao tác");
        Component cell = ((ComponentRenderer<? extends Component, Indicator>) column.getRenderer())
                .createComponent(row(code));
        return _get(cell, Button.class, spec -> spec.withAttribute("aria-label", label));
    }
}
