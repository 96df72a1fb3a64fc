package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/** The organisation tree's rules, through the service, on PostgreSQL. */
@WithMockUser(roles = "ADMIN")
class OrgServiceIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    private OrgUnit province;
    private OrgUnit commune;

    @BeforeEach
    void aFreshProvinceWithACommune() {
        province = orgs.createArea(null, "Tỉnh thử " + UUID.randomUUID(), "PROVINCE");
        commune = orgs.createArea(province.id(), "Xã thử", "COMMUNE");
    }

    @Test
    void aCommuneMayHangDirectlyUnderAProvinceSinceThe2025Reform() {
        assertThat(commune.parentId()).isEqualTo(province.id());
        assertThat(orgs.path(commune.id())).endsWith(" › Xã thử");
    }

    @Test
    void anAreaMustSitBelowItsParentsLevel() {
        assertThatThrownBy(() -> orgs.createArea(commune.id(), "Huyện sai chỗ", "DISTRICT"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(OrgService.FIELD_LEVEL);
                    assertThat(e.messageKey()).isEqualTo("org.error.levelNotBelowParent");
                });
    }

    @Test
    void agenciesBelongToAnAreaAndHaveAKind() {
        OrgUnit police = orgs.createAgency(commune.id(), "Công an xã thử", "POLICE");
        assertThat(police.kind()).isEqualTo(OrgUnitKind.AGENCY);
        assertThatThrownBy(() -> orgs.createAgency(police.id(), "Tổ công tác", "OTHER"))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.agencyNeedsArea");
        assertThatThrownBy(() -> orgs.createAgency(commune.id(), "Không loại", null))
                .hasFieldOrPropertyWithValue("field", OrgService.FIELD_AGENCY_TYPE);
    }

    @Test
    void namesAreRequiredAndUniqueUnderOneParent() {
        assertThatThrownBy(() -> orgs.createArea(commune.id(), "   ", "VILLAGE"))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.nameRequired");
        orgs.createArea(commune.id(), "Thôn Đông", "VILLAGE");
        assertThatThrownBy(() -> orgs.createArea(commune.id(), "thôn đông", "VILLAGE"))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.nameTaken");
    }

    @Test
    void aUnitMovesWithItsSubtreeButNeverIntoIt() {
        OrgUnit village = orgs.createArea(commune.id(), "Thôn Tây", "VILLAGE");
        OrgUnit otherCommune = orgs.createArea(province.id(), "Xã bên cạnh", "COMMUNE");
        assertThat(orgs.move(village.id(), otherCommune.id()).parentId()).isEqualTo(otherCommune.id());
        assertThat(orgs.selfAndDescendants(otherCommune.id())).contains(village.id());

        assertThatThrownBy(() -> orgs.move(commune.id(), commune.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.moveIntoItself");
        assertThatThrownBy(() -> orgs.move(otherCommune.id(), village.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.moveIntoItself");
    }

    @Test
    void aDistrictCannotMoveUnderACommune() {
        OrgUnit district = orgs.createArea(province.id(), "Huyện thử", "DISTRICT");
        assertThatThrownBy(() -> orgs.move(district.id(), commune.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.levelNotBelowParent");
    }

    @Test
    void deactivationWaitsForChildrenAndUsers() {
        OrgUnit village = orgs.createArea(commune.id(), "Thôn Bắc", "VILLAGE");
        assertThatThrownBy(() -> orgs.deactivate(commune.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.hasActiveChildren");

        UserAccount reporter = users.create(new UserForm("totruong." + UUID.randomUUID().toString().substring(0, 8),
                "Trưởng thôn Bắc", null, village.id(), Set.of(Role.REPORTER), "Hoa-sen-2026"));
        assertThatThrownBy(() -> orgs.deactivate(village.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.hasActiveUsers");

        users.deactivate(reporter.id());
        assertThat(orgs.deactivate(village.id()).active()).isFalse();
        assertThat(orgs.deactivate(commune.id()).active()).isFalse();
        assertThatThrownBy(() -> orgs.reactivate(village.id()))
                .hasFieldOrPropertyWithValue("messageKey", "org.error.parentInactive");
    }

    @Test
    void onlyAnAdminChangesTheTree() {
        String officer = new TestOrgs(orgs, users).user("canbo", commune.id(), Role.OFFICER);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(officer, null, "ROLE_OFFICER"));
        assertThatThrownBy(() -> orgs.createArea(null, "Tỉnh lậu", "PROVINCE"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
