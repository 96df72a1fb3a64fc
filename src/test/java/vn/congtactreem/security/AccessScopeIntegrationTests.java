package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * The scoping rule on PostgreSQL, read with recursive queries instead of the whole tree: the answers are
 * the same as the former walk over {@code OrgService.all()} (kept here as the reference).
 */
@WithMockUser(roles = "ADMIN")
class AccessScopeIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    OrgService orgs;

    @Autowired
    AccessScope scope;

    private OrgUnit province;
    private OrgUnit commune;
    private OrgUnit otherCommune;
    private OrgUnit police;
    private OrgUnit closedSchool;
    private OrgUnit otherPolice;

    @BeforeEach
    void aProvinceWithTwoCommunesAndTheirAgencies() {
        province = orgs.createArea(null, "Tỉnh phạm vi " + UUID.randomUUID(), "PROVINCE");
        commune = orgs.createArea(province.id(), "Xã Tân Yên", "COMMUNE");
        otherCommune = orgs.createArea(province.id(), "Xã An Dương", "COMMUNE");
        police = orgs.createAgency(commune.id(), "Công an xã Tân Yên", "POLICE");
        closedSchool = orgs.deactivate(orgs.createAgency(commune.id(), "Trường cũ", "SCHOOL").id());
        otherPolice = orgs.createAgency(otherCommune.id(), "Công an xã An Dương", "POLICE");
    }

    @Test
    void aProvinceOfficerSeesItsCommunesAndTheirAgenciesAClosedOneIncluded() {
        Set<Long> seen = scope.visibleOrgIds(user(province, Role.OFFICER));
        assertThat(seen).containsExactlyInAnyOrder(province.id(), commune.id(), otherCommune.id(), police.id(),
                closedSchool.id(), otherPolice.id());
        assertThat(seen).isEqualTo(formerWalk(province.id()));
    }

    @Test
    void aCommuneManagerSeesOnlyItselfAndItsAgencies() {
        UserAccount manager = user(commune, Role.MANAGER);
        assertThat(scope.visibleOrgIds(manager)).containsExactlyInAnyOrder(commune.id(), police.id(),
                closedSchool.id()).isEqualTo(formerWalk(commune.id()));
        assertThat(scope.canSee(manager, otherPolice.id())).isFalse();
        assertThat(scope.canSee(manager, province.id())).isFalse();
    }

    @Test
    void aReporterSeesOnlyTheirUnitAndAnAdminEveryUnit() {
        assertThat(scope.visibleOrgIds(user(police, Role.REPORTER))).containsExactly(police.id());
        Set<Long> everything = orgs.all().stream().map(OrgUnit::id).collect(Collectors.toSet());
        assertThat(new HashSet<>(scope.visibleOrgIds(user(police, Role.ADMIN)))).isEqualTo(everything);
        assertThat(orgs.count()).isEqualTo(everything.size());
    }

    @Test
    void aMovedCommuneTakesItsAgenciesAlongAtOnce() {
        OrgUnit elsewhere = orgs.createArea(null, "Tỉnh khác " + UUID.randomUUID(), "PROVINCE");
        orgs.move(commune.id(), elsewhere.id());
        assertThat(orgs.selfAndDescendants(province.id())).containsExactlyInAnyOrder(province.id(),
                otherCommune.id(), otherPolice.id());
        assertThat(orgs.selfAndDescendants(elsewhere.id())).isEqualTo(formerWalk(elsewhere.id()))
                .contains(commune.id(), police.id(), closedSchool.id());
    }

    @Test
    void pathsAndNamesOfSomeUnitsMatchTheWholeTreesOnes() {
        List<Long> ids = List.of(police.id(), otherCommune.id(), province.id());
        Map<Long, String> all = orgs.paths();
        assertThat(orgs.paths(ids)).containsOnlyKeys(ids)
                .allSatisfy((id, path) -> assertThat(path).isEqualTo(all.get(id)));
        assertThat(orgs.path(police.id())).isEqualTo(province.name() + " › Xã Tân Yên › Công an xã Tân Yên");
        assertThat(orgs.names(List.of(police.id(), -1L))).containsExactly(Map.entry(police.id(),
                "Công an xã Tân Yên"));
    }

    /** The walk {@code selfAndDescendants} did before: over every unit, read whole. */
    private Set<Long> formerWalk(long id) {
        Map<Long, List<OrgUnit>> byParent = orgs.all().stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (result.add(next)) {
                byParent.getOrDefault(next, List.of()).forEach(child -> todo.push(child.id()));
            }
        }
        return result;
    }

    private static UserAccount user(OrgUnit org, Role role) {
        return new UserAccount(1L, "thu", "Người thử", null, org.id(), Set.of(role), true, "vi");
    }
}
