package vn.congtactreem.support;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;

/**
 * Organisations and people of one test, named with a random suffix: the database is shared by the
 * whole run and never rolled back, so each test builds its own areas, agencies and users.
 */
public final class TestOrgs {

    public static final String PASSWORD = "demo123";

    private final OrgService orgs;
    private final UserService users;
    private final String suffix;

    /** An area with the usernames of its officer and its leader. */
    public record Area(long id, String name, String officer, String leader) {
    }

    public TestOrgs(OrgService orgs, UserService users) {
        this.orgs = orgs;
        this.users = users;
        // six base-36 characters: usernames stay lower case, names unique in the shared database
        this.suffix = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
    }

    public String suffix() {
        return suffix;
    }

    /** An area with an officer and a leader ("canbo.{people}.{suffix}", "lanhdao.{people}.{suffix}"). */
    public Area area(Long parentId, String name, String level, String people) {
        String unique = name + " " + suffix;
        long id = runAsSystem(() -> orgs.createArea(parentId, unique, level).id());
        return new Area(id, unique, user("canbo." + people, id, Role.OFFICER), user("lanhdao." + people, id,
                Role.LEADER));
    }

    /**
     * A province, its district and one of its communes, each with an officer and a leader, and the commune's
     * police and health station with a reporter each ("congan.{people}.{suffix}", "yte.{people}.{suffix}"):
     * the smallest tree a cycle, its reports and the district's consolidation run on.
     */
    public Commune commune(String people) {
        return commune(people, people);
    }

    /** The tree of {@link #commune(String)}: names end with this fixture's suffix. */
    public record Commune(Area province, Area district, Area commune, long police, String policeName,
                          String policeReporter, long health, String healthName, String healthReporter) {
    }

    /** An administrator "quantri.{suffix}" of a province of their own. */
    public String admin() {
        long province = runAsSystem(() -> orgs.createArea(null, "Tỉnh Quản Trị " + suffix, "PROVINCE").id());
        return user("quantri", province, Role.ADMIN);
    }

    public long agency(long parentId, String name, String type) {
        String unique = name + " " + suffix;
        return runAsSystem(() -> orgs.createAgency(parentId, unique, type).id());
    }

    /** A user "{prefix}.{suffix}" of the organisation with the role; answers the username. */
    public String user(String prefix, long orgUnitId, Role role) {
        return user(prefix, "Người dùng " + prefix + "." + suffix, orgUnitId, role);
    }

    /** The same with the user's full name; the address is "{username}@congtactreem.local", as a demo user's. */
    public String user(String prefix, String fullName, long orgUnitId, Role role) {
        String username = prefix + "." + suffix;
        SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm(username, fullName,
                username + "@congtactreem.local",
                orgUnitId, Set.of(role), PASSWORD)));
        return username;
    }

    private static long runAsSystem(Supplier<Long> create) {
        return SystemAuthentication.runAsSystem(create);
    }

    /**
     * The tree of {@link #commune(String)} with its areas and agencies named after {@code place} (diacritics
     * kept: "Xã {place} {suffix}", "Công an xã {place} {suffix}"), its people after {@code people}.
     */
    public Commune commune(String people, String place) {
        Area province = area(null, "Tỉnh " + place, "PROVINCE", "tinh" + people);
        Area district = area(province.id(), "Huyện " + place, "DISTRICT", "huyen" + people);
        Area commune = area(district.id(), "Xã " + place, "COMMUNE", people);
        String policeName = "Công an xã " + place + " " + suffix;
        long police = runAsSystem(() -> orgs.createAgency(commune.id(), policeName, "POLICE").id());
        String healthName = "Trạm Y tế xã " + place + " " + suffix;
        long health = runAsSystem(() -> orgs.createAgency(commune.id(), healthName, "HEALTH").id());
        return new Commune(province, district, commune, police, policeName,
                user("congan." + people, police, Role.REPORTER), health, healthName,
                user("yte." + people, health, Role.REPORTER));
    }
}
