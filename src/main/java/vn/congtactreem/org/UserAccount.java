package vn.congtactreem.org;

import java.util.Set;

/** A person who signs in; belongs to exactly one organisation. */
public record UserAccount(long id, String username, String fullName, String email, long orgUnitId,
                          Set<Role> roles, boolean active, String locale) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
