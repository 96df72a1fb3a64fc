package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congtactreem.org.internal.UserEntity;
import vn.congtactreem.org.internal.UserRepository;

/**
 * Looking a user up by name (every token call, every request of a session): the lower-cased name through the
 * unique index on {@code username}; the case-ignoring read, which scans every user (about 10 ms at the country's
 * 46,000, paid two or three times per API call before), only for a name not found so.
 */
class UserLookupTests {

    private final UserRepository repository = mock(UserRepository.class);
    private final UserService users = new UserService(repository, mock(OrgService.class), mock(PasswordEncoder.class));

    @Test
    void aNameInAnyCaseIsReadByItsLowerCaseFormThroughTheIndexAndNeverScanned() {
        when(repository.findByUsername("canbo.anduong")).thenReturn(Optional.of(user("canbo.anduong")));

        assertThat(users.findByUsername("CanBo.AnDuong")).map(UserAccount::username).contains("canbo.anduong");
        assertThat(users.credentials("canbo.anduong")).map(c -> c.account().username()).contains("canbo.anduong");

        verify(repository, never()).findByUsernameIgnoreCase(anyString());
    }

    @Test
    void onlyANameNotFoundInLowerCaseIsLookedForIgnoringCase() {
        when(repository.findByUsername(anyString())).thenReturn(Optional.empty());
        when(repository.findByUsernameIgnoreCase("quantri")).thenReturn(Optional.of(user("QuanTri")));

        assertThat(users.findByUsername("quantri")).map(UserAccount::username).contains("QuanTri");
        assertThat(users.findByUsername(null)).isEmpty();

        verify(repository).findByUsername("quantri");
        verify(repository).findByUsernameIgnoreCase("quantri");
    }

    private static UserEntity user(String username) {
        UserEntity entity = new UserEntity(username, "hash", false);
        entity.describe("Cán bộ", null, 1L, Set.of(Role.OFFICER));
        ReflectionTestUtils.setField(entity, "id", 7L); // as read from the table
        return entity;
    }
}
