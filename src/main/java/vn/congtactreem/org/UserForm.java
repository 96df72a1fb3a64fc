package vn.congtactreem.org;

import java.util.Set;

/** What an administrator types to create or change a user; password only on creation. */
public record UserForm(String username, String fullName, String email, Long orgUnitId, Set<Role> roles,
                       String password) {
}
