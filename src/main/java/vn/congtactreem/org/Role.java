package vn.congtactreem.org;

/** What a user does in the cycle. Spring Security sees each as the authority ROLE_&lt;name&gt;. */
public enum Role {
    OFFICER,
    LEADER,
    REPORTER,
    MANAGER,
    ADMIN;

    public static final String OFFICER_NAME = "OFFICER";
    public static final String LEADER_NAME = "LEADER";
    public static final String REPORTER_NAME = "REPORTER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
