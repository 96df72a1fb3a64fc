package vn.congtactreem.notification;

import java.util.Optional;
import vn.congtactreem.org.Role;

/** Everyone acting for an organisation in a role: the same people as the candidate group {@code org:<id>:<ROLE>}. */
public record Audience(long orgUnitId, Role role) {

    /** The audience of a candidate group as the processes write it ({@code org:12:OFFICER}), if it is one. */
    public static Optional<Audience> ofCandidateGroup(String group) {
        String[] parts = group == null ? new String[0] : group.split(":");
        if (parts.length != 3 || !"org".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Audience(Long.parseLong(parts[1]), Role.valueOf(parts[2])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
