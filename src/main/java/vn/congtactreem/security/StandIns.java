package vn.congtactreem.security;

import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * Who stands in for an absent colleague today ("ủy quyền khi vắng mặt"): implemented by the feature that keeps
 * the substitutions, asked by {@link AccessScope#actsFor} when the user does not hold the role themselves.
 */
public interface StandIns {

    /** Whether {@code user} acts today for an active colleague who holds {@code role} in {@code orgUnitId}. */
    boolean standsIn(UserAccount user, long orgUnitId, Role role);
}
