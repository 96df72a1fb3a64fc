package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.support.LoadedOrgUnits;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * The whole official list (34 provinces, 3,321 communes, the template's 12 agencies in each) loaded
 * on PostgreSQL, as "Nạp danh mục đơn vị hành chính" does; afterwards the test removes what it added,
 * so the other tests of the run keep the small demo tree.
 */
@WithMockUser(roles = "ADMIN")
class AdminUnitImportIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    AdminUnitImport importer;

    @Autowired
    AdminUnitCatalogue catalogue;

    @Autowired
    OrgService orgs;

    @Autowired
    JdbcTemplate jdbc;

    private LoadedOrgUnits loaded;

    @BeforeEach
    void rememberTheTree() {
        loaded = LoadedOrgUnits.remember(jdbc);
    }

    @AfterEach
    void removeWhatTheLoadAdded() {
        loaded.removeWhatWasLoaded();
        // the demo's provinces found by name got their codes: take them back too
        jdbc.update("update org_unit set official_code = null, admin_kind_code = null where id <= ?",
                loaded.lastIdBefore());
    }

    @Test
    void theWholeCountryLoadsInUnderAMinuteAndASecondLoadChangesNothing() {
        List<String> all = catalogue.provinces().stream().map(AdminUnitCatalogue.Province::code).toList();
        assertThat(all).hasSize(34);
        assertThat(catalogue.communeCount()).isEqualTo(3321);

        AdminUnitImportPlan preview = importer.preview(all, true);
        assertThat(preview.lines()).hasSize(34 + 3321);
        // the demo's Hà Nội and Quảng Ngãi are found by name and get their codes; Bắc Giang is not on the list
        assertThat(preview.count(Action.UPDATE, AdminUnitImport.PROVINCE)).isEqualTo(2);
        assertThat(preview.count(Action.CREATE, AdminUnitImport.PROVINCE)).isEqualTo(32);
        assertThat(preview.count(Action.CREATE, AdminUnitImport.COMMUNE)).isEqualTo(3321);
        assertThat(preview.agencies()).hasSize(3321 * 12);

        List<int[]> progress = new ArrayList<>();
        AdminUnitImport.Result result = importer.apply(all, true, (done, total) -> progress.add(new int[] {done, total}));
        System.out.printf("Whole country loaded on PostgreSQL: %d provinces and %d communes created, %d updated,"
                        + " %d agencies, in %d ms%n", result.provincesCreated(), result.communesCreated(),
                result.updated(), result.agenciesCreated(), result.took().toMillis());
        assertThat(result.took()).isLessThan(java.time.Duration.ofMinutes(1));
        assertThat(result.provincesCreated() + result.updated()).isEqualTo(34);
        assertThat(result.communesCreated()).isEqualTo(3321);
        assertThat(result.agenciesCreated()).isEqualTo(3321 * 12);
        assertThat(progress.get(0)).containsExactly(0, 34 + 3321 + 3321 * 12);
        assertThat(progress.get(progress.size() - 1)).containsExactly(34 + 3321 + 3321 * 12, 34 + 3321 + 3321 * 12);
        assertThat(progress.size()).isGreaterThan(40);

        assertThat(jdbc.queryForObject("select count(*) from org_unit where official_code is not null", Long.class))
                .isEqualTo(34 + 3321);
        OrgUnit hoanKiem = orgs.all().stream().filter(u -> "00070".equals(u.officialCode())).findFirst().orElseThrow();
        assertThat(hoanKiem.name()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(hoanKiem.adminKindCode()).isEqualTo("PHUONG");
        assertThat(orgs.path(hoanKiem.id())).isEqualTo("Thành phố Hà Nội › Phường Hoàn Kiếm");
        assertThat(orgs.children(hoanKiem.id())).extracting(OrgUnit::name)
                .contains("Công an phường Hoàn Kiếm", "Trường THCS Hoàn Kiếm").hasSize(12);

        AdminUnitImportPlan again = importer.preview(all, true);
        assertThat(again.changesNothing()).isTrue();
        AdminUnitImport.Result second = importer.apply(all, true, null);
        assertThat(second.provincesCreated() + second.communesCreated() + second.updated() + second.agenciesCreated())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from org_unit where id > ?", Long.class, loaded.lastIdBefore()))
                .isEqualTo(32 + 3321 + 3321 * 12);
    }

    @Test
    void aCommuneRenamedByHandIsShownAsDifferentAndTheLoadGivesItBackItsOfficialName() {
        importer.apply(List.of("01"), false, null);
        OrgUnit hoanKiem = orgs.all().stream().filter(u -> "00070".equals(u.officialCode())).findFirst().orElseThrow();
        orgs.rename(hoanKiem.id(), "Phường Hoàn Kiếm cũ");

        AdminUnitImportPlan preview = importer.preview(List.of("01"), false);
        List<Line> differing = preview.lines().stream().filter(l -> l.action() == Action.UPDATE).toList();
        assertThat(differing).hasSize(1);
        assertThat(differing.get(0).unitId()).isEqualTo(hoanKiem.id());
        assertThat(differing.get(0).current().name()).isEqualTo("Phường Hoàn Kiếm cũ");
        assertThat(differing.get(0).name()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(preview.count(Action.UNCHANGED)).isEqualTo(preview.lines().size() - 1);

        importer.apply(List.of("01"), false, null);
        assertThat(orgs.get(hoanKiem.id()).name()).isEqualTo("Phường Hoàn Kiếm");
    }

    @Test
    void noProvinceChosenIsRefused() {
        assertThatThrownBy(() -> importer.preview(List.of(), false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo(AdminUnitImport.FIELD_PROVINCES));
    }
}
