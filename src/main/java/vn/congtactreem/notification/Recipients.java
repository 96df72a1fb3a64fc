package vn.congtactreem.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * Who a notification reaches: the active users of each audience (organisation and role), each once
 * even when they are in several audiences, without the person whose own action caused it. Whether
 * they also get a mail is {@link #mailable(UserAccount)}: active and with an e-mail address.
 */
@Component
public class Recipients {

    private final BiFunction<Collection<Long>, Role, List<UserAccount>> usersInRoleOfAny;

    @Autowired
    Recipients(UserService users) {
        this.usersInRoleOfAny = users::activeWithRoleIn;
    }

    /** For tests: any directory of users by organisation and role. */
    Recipients(BiFunction<Long, Role, List<UserAccount>> usersInRole) {
        this.usersInRoleOfAny = (orgUnitIds, role) -> orgUnitIds.stream()
                .flatMap(orgUnitId -> usersInRole.apply(orgUnitId, role).stream()).toList();
    }

    /** Everyone of these audiences, in their order, each once, without {@code excludedUsername}. */
    public List<UserAccount> of(List<Audience> audiences, String excludedUsername) {
        return people(ofEach(audiences).values().stream().flatMap(List::stream).toList(), excludedUsername);
    }

    /**
     * The holders of each audience, as {@link #of} finds them for one, in one query per role for all of them (a
     * period's reminders: every awaited unit's reporters at once).
     */
    public Map<Audience, List<UserAccount>> ofEach(Collection<Audience> audiences) {
        Map<Audience, List<UserAccount>> holders = new LinkedHashMap<>();
        audiences.forEach(audience -> holders.put(audience, new ArrayList<>()));
        Map<Role, Set<Long>> orgUnitsByRole = new LinkedHashMap<>();
        audiences.forEach(audience -> orgUnitsByRole.computeIfAbsent(audience.role(), role -> new LinkedHashSet<>())
                .add(audience.orgUnitId()));
        orgUnitsByRole.forEach((role, orgUnitIds) -> {
            for (UserAccount user : usersInRoleOfAny.apply(orgUnitIds, role)) {
                List<UserAccount> theirs = holders.get(new Audience(user.orgUnitId(), role));
                if (theirs != null && user.hasRole(role)) {
                    theirs.add(user);
                }
            }
        });
        return holders;
    }

    /** The active ones of {@code people}, each once, without the person whose own action caused it. */
    public static List<UserAccount> people(List<UserAccount> people, String excludedUsername) {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        for (UserAccount user : people) {
            if (user.active() && !user.username().equalsIgnoreCase(excludedUsername)) {
                byId.putIfAbsent(user.id(), user);
            }
        }
        return List.copyOf(byId.values());
    }

    public static boolean mailable(UserAccount user) {
        return user.active() && user.email() != null && !user.email().isBlank();
    }
}
