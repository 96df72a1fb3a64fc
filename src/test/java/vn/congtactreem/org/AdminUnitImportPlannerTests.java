package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.org.AdminUnitCatalogue.Commune;
import vn.congtactreem.org.AdminUnitCatalogue.Province;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.org.AdminUnitImportPlanner.Existing;

/** How the official list is matched against the tree there is: by code, then by name under the same parent. */
class AdminUnitImportPlannerTests {

    private static final Province LAI_CHAU = new Province("12", "Tỉnh Lai Châu", "TINH", List.of(
            new Commune("03388", "Phường Tân Phong", "PHUONG"), new Commune("03408", "Xã Bình Lư", "XA")));
    private static final List<AgencyTemplateEntry> TEMPLATE = List.of(new AgencyTemplateEntry("POLICE", "Công an {xa}"),
            new AgencyTemplateEntry("SCHOOL", "Trường THCS {ten}"));

    @Test
    void onAnEmptyTreeEverythingIsCreatedWithTheTemplatesAgencies() {
        AdminUnitImportPlan plan = new AdminUnitImportPlanner(List.of()).plan(List.of(LAI_CHAU), TEMPLATE);
        assertThat(plan.lines()).extracting(Line::action).containsOnly(Action.CREATE);
        assertThat(plan.agencies()).extracting(AdminUnitImportPlan.NewAgency::name)
                .containsExactly("Công an phường Tân Phong", "Trường THCS Tân Phong", "Công an xã Bình Lư",
                        "Trường THCS Bình Lư");
        assertThat(plan.agencies().get(0).communeCode()).isEqualTo("03388");
    }

    @Test
    void aProvinceWithoutCodeIsFoundByNameAndACommuneByCodeWhereverItsNameStands() {
        List<Existing> tree = List.of(new Existing(1, null, true, "tỉnh lai châu", null, null),
                new Existing(2, 1L, true, "Phường Tân Phong cũ", "03388", "PHUONG"),
                new Existing(3, 1L, true, "Xã Bình Lư", null, null),
                new Existing(4, 3L, false, "Công an xã Bình Lư", null, null));
        AdminUnitImportPlan plan = new AdminUnitImportPlanner(tree).plan(List.of(LAI_CHAU), TEMPLATE);

        assertThat(plan.lines()).extracting(Line::action, Line::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.UPDATE, 1L),
                        org.assertj.core.groups.Tuple.tuple(Action.UPDATE, 2L),
                        org.assertj.core.groups.Tuple.tuple(Action.UPDATE, 3L));
        assertThat(plan.lines().get(1).current().name()).isEqualTo("Phường Tân Phong cũ");
        // Bình Lư has its police already: only its school is missing
        assertThat(plan.agencies()).extracting(AdminUnitImportPlan.NewAgency::name)
                .containsExactly("Công an phường Tân Phong", "Trường THCS Tân Phong", "Trường THCS Bình Lư");
    }

    @Test
    void aUnitWithTheSameNameButAnotherCodeIsNotTakenForTheOneOnTheList() {
        List<Existing> tree = List.of(new Existing(1, null, true, "Tỉnh Lai Châu", "12", "TINH"),
                new Existing(2, 1L, true, "Xã Bình Lư", "99999", "XA"));
        AdminUnitImportPlan plan = new AdminUnitImportPlanner(tree).plan(List.of(LAI_CHAU), List.of());
        assertThat(plan.lines()).extracting(Line::action)
                .containsExactly(Action.UNCHANGED, Action.CREATE, Action.CREATE);
        assertThat(plan.changesNothing()).isFalse();
    }

    @Test
    void theCatalogueHoldsTheWholeOfficialList() {
        AdminUnitCatalogue catalogue = new AdminUnitCatalogue();
        assertThat(catalogue.provinces()).hasSize(34);
        assertThat(catalogue.communeCount()).isEqualTo(3321);
        assertThat(catalogue.provinces().get(0)).satisfies(p -> {
            assertThat(p.code()).isEqualTo("01");
            assertThat(p.kindCode()).isEqualTo("THANH_PHO");
        });
        assertThat(catalogue.provinces().stream().flatMap(p -> p.communes().stream())
                .filter(c -> c.kindCode().equals("DAC_KHU"))).hasSize(13);
    }
}
