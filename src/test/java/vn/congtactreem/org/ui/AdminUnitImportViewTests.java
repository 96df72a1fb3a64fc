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
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.LoadedOrgUnits;

/**
 * "Nạp danh mục đơn vị hành chính" as the administrator uses it, with Lai Châu (the smallest province
 * of the list: 38 communes). What the test loads is removed afterwards. The whole country, with the tree
 * screen opened after it, is {@link AdminUnitCountryScreenIntegrationTests} (PostgreSQL lane: it is the slow one).
 */
class AdminUnitImportViewTests extends KaribuUiTest {

    private static final String LAI_CHAU = "12";

    @Autowired
    private AdminUnitCatalogue catalogue;

    @Autowired
    private AgencyTemplates templates;

    @Autowired
    private OrgService orgs;

    @Autowired
    private JdbcTemplate jdbc;

    private LoadedOrgUnits loaded;
    private AdminUnitImportView view;

    @BeforeEach
    void signInAsAdmin() {
        // the administrator's own province is made first: the clean-up removes only what the import loaded
        String admin = testOrgs().admin();
        loaded = LoadedOrgUnits.remember(jdbc, templates);
        login(admin);
        UI.getCurrent().navigate(AdminUnitImportView.class);
        view = _get(AdminUnitImportView.class);
    }

    @AfterEach
    void removeWhatWasLoaded() {
        loaded.removeWhatWasLoaded();
    }

    @Test
    void adminPreviewsLaiChauLoadsItWithItsAgenciesAndASecondPreviewFindsNothingToDo() {
        view.provinces.setValue(catalogue.provinces().stream().filter(p -> p.code().equals(LAI_CHAU)).toList());
        view.withAgencies.setValue(true);
        _click(view.preview);

        assertThat(view.summary.getText()).startsWith(
                "Sẽ tạo mới 1 tỉnh, thành phố, 38 xã, phường, đặc khu và 456 cơ quan, đơn vị; 0 đơn vị đã có");
        assertThat(GridKt._size(view.lines)).isEqualTo(39);
        assertThat(GridKt._getFormattedRow(view.lines, 0)).contains("Tạo mới", "12", "Tỉnh Lai Châu", "Tỉnh");
        assertThat(view.apply.isEnabled()).isTrue();

        _click(view.apply);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.preview.isEnabled()).isFalse();
        view.running().join();
        MockVaadin.clientRoundtrip();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.status.getText()).startsWith("Đã nạp xong: tạo mới 1 tỉnh, thành phố, 38 xã, phường, đặc khu,"
                + " 456 cơ quan, đơn vị; cập nhật 0 đơn vị; trong ");
        OrgUnit laiChau = orgs.all().stream().filter(u -> LAI_CHAU.equals(u.officialCode())).findFirst().orElseThrow();
        assertThat(orgs.children(laiChau.id())).hasSize(38);

        _click(view.preview);
        assertThat(view.status.getText()).isEqualTo("Mọi đơn vị đã chọn đã có đúng như danh mục: không có gì để nạp.");
        assertThat(view.apply.isEnabled()).isFalse();
        assertThat(view.summary.getText()).contains("0 tỉnh, thành phố, 0 xã, phường, đặc khu và 0 cơ quan, đơn vị;"
                + " 39 đơn vị đã có");
    }

    @Test
    void previewWithoutAProvinceSaysSoNextToTheProvinces() {
        _click(view.preview);
        assertThat(view.provinces.isInvalid()).isTrue();
        assertThat(view.provinces.getErrorMessage()).isEqualTo("Chọn ít nhất một tỉnh, thành phố.");
        assertThat(view.apply.isEnabled()).isFalse();
    }

    @Test
    void adminEditsTheAgencyTemplateAndADuplicateLineIsRefusedNextToIt() {
        _click(view.editTemplate);
        AgencyTemplateDialog dialog = _get(AgencyTemplateDialog.class);
        assertThat(dialog.rows).hasSize(12);
        assertThat(dialog.rows.get(0).name().getValue()).isEqualTo("Công an {xa}");

        _setValue(dialog.rows.get(1).name(), "Công an {xa}");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.rows.get(1).name().getErrorMessage()).isEqualTo("Dòng 2: \"Công an {xa}\" đã có ở dòng trên.");
        assertThat(templates.entries().get(1).namePattern()).isEqualTo("Trạm Y tế {xa}");

        _setValue(dialog.rows.get(1).name(), "Trạm Y tế {ten}");
        _click(dialog.addRow);
        dialog.rows.get(12).type().setValue(orgs.agencyTypes().stream()
                .filter(t -> t.code().equals("OTHER")).findFirst().orElseThrow());
        _setValue(dialog.rows.get(12).name(), "Ban bảo vệ dân phố {xa}");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(templates.entries()).hasSize(13);
        assertThat(templates.entries().get(1).nameFor("Xã Bình Lư")).isEqualTo("Trạm Y tế Bình Lư");
        assertThat(templates.entries().get(12).nameFor("Phường Tân Phong")).isEqualTo("Ban bảo vệ dân phố phường Tân Phong");
    }
}
