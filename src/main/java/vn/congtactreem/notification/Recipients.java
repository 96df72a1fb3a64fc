package vn.congtactreem.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final BiFunction<Long, Role, List<UserAccount>> usersInRole;

    @Autowired
    Recipients(UserService users) {
        this(users::activeWithRoleIn);
    }

    /** For tests: any directory of users by organisation and role. */
    Recipients(BiFunction<Long, Role, List<UserAccount>> usersInRole) {
        this.usersInRole = usersInRole;
    }

    public List<UserAccount> of(List<Audience> audiences, String excludedUsername) {
        List<UserAccount> holders = new java.util.ArrayList<>();
        for (Audience audience : audiences) {
            usersInRole.apply(audience.orgUnitId(), audience.role()).stream()
                    .filter(user -> user.hasRole(audience.role()) && user.orgUnitId() == audience.orgUnitId())
                    .forEach(holders::add);
        }
        return people(holders, excludedUsername);
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
