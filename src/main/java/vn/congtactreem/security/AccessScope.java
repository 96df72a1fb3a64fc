package vn.congtactreem.security;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * The scoping rule, in one place for the UI, the API and the processes: a reporter sees only their
 * unit's work; an officer, leader or manager their organisation and everything below it; an
 * administrator everything. Process tasks are offered to candidate groups {@code org:<id>:<ROLE>}.
 */
@Component
public class AccessScope {

    private static final String VISIBLE_ORG_IDS = AccessScope.class.getName() + ".visibleOrgIds:";

    private final OrgService orgs;
    private final ObjectProvider<StandIns> standIns;

    public AccessScope(OrgService orgs, ObjectProvider<StandIns> standIns) {
        this.orgs = orgs;
        this.standIns = standIns;
    }

    public static String group(long orgUnitId, Role role) {
        return "org:" + orgUnitId + ":" + role.name();
    }

    /** The candidate groups whose tasks the user may take. */
    public List<String> candidateGroups(UserAccount user) {
        return user.roles().stream().sorted().map(role -> group(user.orgUnitId(), role)).toList();
    }

    /**
     * The organisations the user sees: read once per HTTP request (a dashboard page asks about ten times; at a
     * province that is ~2,000 ids each time) and kept on the request, never longer, so a change of the tree or of
     * the user's roles is seen by the next request. Outside a request (jobs, tests) it is read each time.
     */
    public Set<Long> visibleOrgIds(UserAccount user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return readVisibleOrgIds(user);
        }
        String key = VISIBLE_ORG_IDS + user.id() + ":" + user.orgUnitId() + ":" + new TreeSet<>(user.roles());
        @SuppressWarnings("unchecked")
        Set<Long> cached = (Set<Long>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return cached;
        }
        Set<Long> visible = Collections.unmodifiableSet(readVisibleOrgIds(user));
        request.setAttribute(key, visible, RequestAttributes.SCOPE_REQUEST);
        return visible;
    }

    private Set<Long> readVisibleOrgIds(UserAccount user) {
        if (user.hasRole(Role.ADMIN)) {
            return new LinkedHashSet<>(orgs.allIds());
        }
        if (user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER) || user.hasRole(Role.MANAGER)) {
            return orgs.selfAndDescendants(scopeRoot(user));
        }
        return Set.of(user.orgUnitId());
    }

    /**
     * Where the user's scope starts: their organisation, except for a manager attached to an office (an agency
     * such as the district's labour office, which follows child affairs for the district): the area the office
     * belongs to.
     */
    public long scopeRoot(UserAccount user) {
        if (user.hasRole(Role.MANAGER)) {
            return orgs.find(user.orgUnitId()).filter(unit -> !unit.isArea() && unit.parentId() != null)
                    .map(OrgUnit::parentId).orElse(user.orgUnitId());
        }
        return user.orgUnitId();
    }

    public boolean canSee(UserAccount user, long orgUnitId) {
        return visibleOrgIds(user).contains(orgUnitId);
    }

    /**
     * Acting for an organisation in a role: the user has the role and belongs to exactly that organisation, or
     * stands in today for a colleague who does ({@link StandIns}, a substitute during leave).
     */
    public boolean actsFor(UserAccount user, long orgUnitId, Role role) {
        if (!user.active()) {
            return false;
        }
        if (user.orgUnitId() == orgUnitId && user.hasRole(role)) {
            return true;
        }
        StandIns substitutes = standIns.getIfAvailable();
        return substitutes != null && substitutes.standsIn(user, orgUnitId, role);
    }

    public void requireActsFor(UserAccount user, long orgUnitId, Role role) {
        if (!actsFor(user, orgUnitId, role)) {
            throw NotAllowedException.because("access.notAllowed.roleInUnit", role, orgUnitId);
        }
    }

    /**
     * A command on a thing known by its id ({@code id}, told missing with {@code notFoundKey}) that belongs
     * to {@code orgUnitId}: one who may not even see it is told it does not exist (404, the answer an id
     * never used gets), one who sees it without the role is refused (403).
     */
    public void requireActsFor(UserAccount user, long orgUnitId, Role role, String notFoundKey, long id) {
        requireActsFor(user, orgUnitId, role, () -> canSee(user, orgUnitId), notFoundKey, id);
    }

    /** The same, when what the user may see is decided by the caller ({@code visible}, asked only on refusal). */
    public void requireActsFor(UserAccount user, long orgUnitId, Role role, java.util.function.BooleanSupplier visible,
                               String notFoundKey, long id) {
        if (!actsFor(user, orgUnitId, role)) {
            if (!visible.getAsBoolean()) {
                throw new NotVisibleException(notFoundKey, id);
            }
            throw NotAllowedException.because("access.notAllowed.roleInUnit", role, orgUnitId);
        }
    }
}
