package vn.congtactreem.org;

import java.util.Set;

/**
 * A person who signs in; belongs to exactly one organisation. {@code version} is the row's version: the
 * administrator's change from an older one is refused.
 */
public record UserAccount(long id, String username, String fullName, String email, long orgUnitId,
                          Set<Role> roles, boolean active, String locale, long version) {

    /** An account not read from the database (tests), at version 0. */
    public UserAccount(long id, String username, String fullName, String email, long orgUnitId, Set<Role> roles,
                       boolean active, String locale) {
        this(id, username, fullName, email, orgUnitId, roles, active, locale, 0);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
