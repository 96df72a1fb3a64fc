package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.support.PostgresIntegrationTest;

/** A manager who belongs to an office follows the office's area; a reporter of the same office does not. */
class ManagingOfficeScopeIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    AccessScope scope;
    @Autowired
    OrgService orgs;

    @Test
    void aManagerInTheDistrictsLabourOfficeSeesTheDistrictAndEverythingBelowIt() {
        long office = unit("Phòng Lao động - Thương binh và Xã hội huyện Tân Yên");
        long tanYen = unit("Huyện Tân Yên");
        long anDuong = unit("Xã An Dương");
        UserAccount manager = new UserAccount(0L, "quanly.ldtbxh", "Quản lý", null, office, Set.of(Role.MANAGER),
                true, "vi");
        assertThat(scope.scopeRoot(manager)).isEqualTo(tanYen);
        assertThat(scope.visibleOrgIds(manager)).contains(tanYen, office, anDuong)
                .doesNotContain(unit("Tỉnh Bắc Giang"), unit("Phường Phú La"));

        UserAccount reporter = new UserAccount(0L, "ldtbxh", "Báo cáo", null, office, Set.of(Role.REPORTER),
                true, "vi");
        assertThat(scope.visibleOrgIds(reporter)).containsExactly(office);
        UserAccount districtManager = new UserAccount(0L, "quanly", "Quản lý", null, tanYen, Set.of(Role.MANAGER),
                true, "vi");
        assertThat(scope.scopeRoot(districtManager)).isEqualTo(tanYen);
    }

    private long unit(String name) {
        return orgs.all().stream().filter(u -> u.name().equals(name)).map(OrgUnit::id).findFirst().orElseThrow();
    }
}
