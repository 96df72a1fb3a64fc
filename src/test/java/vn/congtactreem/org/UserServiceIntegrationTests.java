package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.support.PostgresIntegrationTest;

/** Accounts: BCrypt passwords, one organisation, at least one role, never without an administrator. */
@WithMockUser(roles = "ADMIN")
class UserServiceIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    OrgService orgs;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserAccount user = users.create(form(uniqueName(), Set.of(Role.REPORTER), "Hoa-sen-2026"));
        String hash = users.credentials(user.username()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$2").doesNotContain("Hoa-sen-2026");
        assertThat(passwordEncoder.matches("Hoa-sen-2026", hash)).isTrue();

        users.resetPassword(user.id(), "matkhaumoi456");
        assertThat(passwordEncoder.matches("matkhaumoi456", users.credentials(user.username()).orElseThrow()
                .passwordHash())).isTrue();
    }

    @Test
    void searchPagesFromAnyRowNotOnlyFromWholePages() {
        List<UserAccount> all = users.search("", 0, 1000);
        assertThat(all.size()).isGreaterThanOrEqualTo(4);
        assertThat(users.search("", 1, 2)).containsExactlyElementsOf(all.subList(1, 3));
        assertThat(users.count("")).isEqualTo(all.size());
    }

    @Test
    void usernamesAreLowerCaseAsciiAndUnique() {
        assertThatThrownBy(() -> users.create(form("Cán bộ", Set.of(Role.OFFICER), "Hoa-sen-2026")))
                .hasFieldOrPropertyWithValue("field", UserService.FIELD_USERNAME);
        String name = uniqueName();
        users.create(form(name, Set.of(Role.OFFICER), "Hoa-sen-2026"));
        assertThatThrownBy(() -> users.create(form(name.toUpperCase(), Set.of(Role.OFFICER), "Hoa-sen-2026")))
                .hasFieldOrPropertyWithValue("messageKey", "user.error.usernameTaken");
    }

    @Test
    void aUserIsFoundWhateverTheCaseAskedAndEvenIfStoredWithCapitals() {
        UserAccount lower = users.create(form(uniqueName(), Set.of(Role.OFFICER), "Hoa-sen-2026"));
        assertThat(users.findByUsername(lower.username().toUpperCase())).map(UserAccount::id).contains(lower.id());
        assertThat(users.credentials(lower.username())).map(c -> c.account().id()).contains(lower.id());

        UserAccount capitals = users.create(form(uniqueName(), Set.of(Role.OFFICER), "Hoa-sen-2026"));
        String stored = "Hoa." + capitals.username();
        jdbc.update("update app_user set username = ? where id = ?", stored, capitals.id());
        assertThat(users.findByUsername(stored.toLowerCase())).map(UserAccount::id).contains(capitals.id());
        assertThat(users.credentials(stored.toUpperCase())).map(c -> c.account().id()).contains(capitals.id());
        assertThat(users.findByUsername("khong.co." + capitals.username())).isEmpty();
    }

    @Test
    void everyUserNeedsARoleAnOrganisationAndAPasswordOfSixCharacters() {
        assertThatThrownBy(() -> users.create(form(uniqueName(), Set.of(), "Hoa-sen-2026")))
                .hasFieldOrPropertyWithValue("field", UserService.FIELD_ROLES);
        assertThatThrownBy(() -> users.create(new UserForm(uniqueName(), "Không đơn vị", null, null,
                Set.of(Role.OFFICER), "Hoa-sen-2026"))).hasFieldOrPropertyWithValue("field", UserService.FIELD_ORG);
        assertThatThrownBy(() -> users.create(form(uniqueName(), Set.of(Role.OFFICER), "12345")))
                .hasFieldOrPropertyWithValue("field", UserService.FIELD_PASSWORD);
    }

    @Test
    void theLastActiveAdministratorCannotBeRemoved() {
        UserAccount last = users.create(form(uniqueName(), Set.of(Role.ADMIN), "Hoa-sen-2026"));
        List<UserAccount> otherAdmins = users.search("", 0, 10_000).stream()
                .filter(u -> u.active() && u.hasRole(Role.ADMIN) && u.id() != last.id()).toList();
        otherAdmins.forEach(admin -> users.deactivate(admin.id()));
        try {
            assertThatThrownBy(() -> users.deactivate(last.id()))
                    .hasFieldOrPropertyWithValue("messageKey", "user.error.lastAdmin");
            assertThatThrownBy(() -> users.update(last.id(), new UserForm(last.username(), last.fullName(),
                    null, last.orgUnitId(), Set.of(Role.OFFICER), null)))
                    .hasFieldOrPropertyWithValue("messageKey", "user.error.lastAdmin");
        } finally {
            otherAdmins.forEach(admin -> users.reactivate(admin.id()));
            users.deactivate(last.id());
        }
    }

    private UserForm form(String username, Set<Role> roles, String password) {
        long anDuong = orgs.all().stream().filter(o -> o.name().equals("Xã An Dương")).findFirst().orElseThrow().id();
        return new UserForm(username, "Người thử", "nguoithu@anduong.gov.vn", anDuong, roles, password);
    }

    private static String uniqueName() {
        return "nguoithu." + UUID.randomUUID().toString().substring(0, 8);
    }
}
