package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.support.PostgresIntegrationTest;

/** The tree read a page at a time and searched in the database, as "Cơ cấu tổ chức" reads it. */
@WithMockUser(roles = "ADMIN")
class OrgTreeServiceIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    OrgService orgs;
    @Autowired
    OrgTreeService tree;
    @Autowired
    JdbcTemplate jdbc;

    private OrgUnit province;
    private String tag;

    @BeforeEach
    void aProvinceWithCommunesAndAnAgency() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        province = orgs.createArea(null, "Tỉnh Cây " + tag, "PROVINCE");
        orgs.createAgency(province.id(), "Sở Y tế " + tag, "HEALTH");
        for (String name : List.of("Xã Bình", "Phường Đông Hải", "Xã An")) {
            orgs.createArea(province.id(), name + " " + tag, "COMMUNE");
        }
    }

    @Test
    void childrenComeAPageAtATimeAreasFirstThenAgenciesEachByName() {
        assertThat(tree.childCount(province.id())).isEqualTo(4);
        assertThat(tree.children(province.id(), 0, 2)).extracting(OrgUnit::name)
                .containsExactly("Phường Đông Hải " + tag, "Xã An " + tag);
        assertThat(tree.children(province.id(), 2, 2)).extracting(OrgUnit::name)
                .containsExactly("Xã Bình " + tag, "Sở Y tế " + tag);
        OrgUnit commune = tree.children(province.id(), 0, 1).get(0);
        orgs.createArea(commune.id(), "Tổ 1", "VILLAGE");
        assertThat(tree.childCounts(List.of(province.id(), commune.id(), 0L)))
                .containsEntry(province.id(), 4).containsEntry(commune.id(), 1).doesNotContainKey(0L);
        assertThat(tree.selfAndAncestors(commune.id())).extracting(OrgUnit::id)
                .containsExactly(province.id(), commune.id());
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndAnswersTheUnitsAboveWhatItFinds() {
        OrgTreeService.Found found = tree.search("DONG hai " + tag, 10);
        assertThat(found.units()).extracting(OrgUnit::name)
                .containsExactlyInAnyOrder("Tỉnh Cây " + tag, "Phường Đông Hải " + tag);
        assertThat(found.matches()).hasSize(1);
        assertThat(found.more()).isFalse();

        OrgTreeService.Found limited = tree.search(tag, 2);
        assertThat(limited.matches()).hasSize(2);
        assertThat(limited.more()).isTrue();
    }

    @Test
    void aUnitWrittenWithoutASearchKeyIsFoundAllTheSame() {
        jdbc.update("insert into org_unit (parent_id, kind, level_code, name, active, created_at)"
                + " values (?, 'AREA', 'COMMUNE', ?, true, current_timestamp)", province.id(), "Xã Đắk Mới " + tag);
        assertThat(tree.search("dak moi " + tag, 10).units()).extracting(OrgUnit::name).contains("Xã Đắk Mới " + tag);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where name_key is null", Integer.class))
                .isZero();
    }

    @Test
    void aRenamedUnitIsFoundByItsNewName() {
        OrgUnit commune = tree.children(province.id(), 0, 1).get(0);
        orgs.rename(commune.id(), "Phường Hòa Bình " + tag);
        assertThat(tree.search("hoa binh " + tag, 10).matches()).containsExactly(commune.id());
    }
}
