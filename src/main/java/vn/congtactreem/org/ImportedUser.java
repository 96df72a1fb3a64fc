package vn.congtactreem.org;

/** A user created by an import, with the initial password shown once to the administrator. */
public record ImportedUser(long id, String username, String fullName, String organisation, String roles,
                           String initialPassword) {
}
