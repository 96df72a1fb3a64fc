package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

class RecipientsTests {

    private static final long COMMUNE = 10;
    private static final long POLICE = 11;

    private final UserAccount reporter = user(1, "congan", "congan@x.vn", POLICE, true, Role.REPORTER);
    private final UserAccount reporterWithoutMail = user(2, "congan2", null, POLICE, true, Role.REPORTER);
    private final UserAccount officerAndLeader = user(3, "canbo", "canbo@x.vn", COMMUNE, true, Role.OFFICER,
            Role.LEADER);
    private final UserAccount leader = user(4, "lanhdao", "lanhdao@x.vn", COMMUNE, true, Role.LEADER);
    private final UserAccount inactiveOfficer = user(5, "cu", "cu@x.vn", COMMUNE, false, Role.OFFICER);
    private final List<UserAccount> everyone = List.of(reporter, reporterWithoutMail, officerAndLeader, leader,
            inactiveOfficer);

    /** A directory that answers like the database would if it did not filter (the rule must). */
    private final Recipients recipients = new Recipients((org, role) -> everyone.stream()
            .filter(u -> u.orgUnitId() == org && u.hasRole(role)).toList());

    @Test
    void anOverdueReportReachesTheUnitsReportersAndThePlanOrganisationsOfficersAndLeadersOnceEach() {
        List<UserAccount> reached = recipients.of(List.of(new Audience(POLICE, Role.REPORTER),
                new Audience(COMMUNE, Role.OFFICER), new Audience(COMMUNE, Role.LEADER)), null);
        // the officer who is also a leader is told once; the inactive officer not at all
        assertThat(reached).extracting(UserAccount::username)
                .containsExactly("congan", "congan2", "canbo", "lanhdao");
    }

    @Test
    void aReminderReachesOnlyTheUnitsReporters() {
        assertThat(recipients.of(List.of(new Audience(POLICE, Role.REPORTER)), null))
                .extracting(UserAccount::username).containsExactly("congan", "congan2");
    }

    @Test
    void aPeriodsRemindersFindEachUnitsHoldersTogether() {
        long school = 12;
        Audience police = new Audience(POLICE, Role.REPORTER);
        Audience schoolReporters = new Audience(school, Role.REPORTER);
        Audience officers = new Audience(COMMUNE, Role.OFFICER);
        Audience leaders = new Audience(COMMUNE, Role.LEADER);

        var holders = recipients.ofEach(List.of(police, schoolReporters, officers, leaders));

        assertThat(holders.get(police)).extracting(UserAccount::username).containsExactly("congan", "congan2");
        assertThat(holders.get(schoolReporters)).as("a unit without users: nobody, not missing").isEmpty();
        // the officer who is also a leader holds both; the inactive officer is left to Recipients.people
        assertThat(holders.get(officers)).extracting(UserAccount::username).containsExactly("canbo", "cu");
        assertThat(holders.get(leaders)).extracting(UserAccount::username).containsExactly("canbo", "lanhdao");
        assertThat(Recipients.people(holders.get(officers), null)).extracting(UserAccount::username)
                .containsExactly("canbo");
    }

    @Test
    void whoCausedItIsNotTold() {
        assertThat(recipients.of(List.of(new Audience(POLICE, Role.REPORTER)), "CONGAN"))
                .extracting(UserAccount::username).containsExactly("congan2");
    }

    @Test
    void onlyActiveUsersWithAnEmailGetMail() {
        assertThat(Recipients.mailable(reporter)).isTrue();
        assertThat(Recipients.mailable(reporterWithoutMail)).isFalse();
        assertThat(Recipients.mailable(user(6, "blank", "  ", POLICE, true, Role.REPORTER))).isFalse();
        assertThat(Recipients.mailable(inactiveOfficer)).isFalse();
    }

    @Test
    void candidateGroupsOfTheProcessesAreAudiences() {
        assertThat(Audience.ofCandidateGroup("org:12:OFFICER")).contains(new Audience(12, Role.OFFICER));
        assertThat(Audience.ofCandidateGroup("org:7:REPORTER")).contains(new Audience(7, Role.REPORTER));
        assertThat(Audience.ofCandidateGroup("camunda-admin")).isEmpty();
        assertThat(Audience.ofCandidateGroup("org:x:OFFICER")).isEmpty();
        assertThat(Audience.ofCandidateGroup("org:1:NOBODY")).isEmpty();
        assertThat(Audience.ofCandidateGroup(null)).isEmpty();
    }

    private static UserAccount user(long id, String username, String email, long org, boolean active, Role... roles) {
        return new UserAccount(id, username, username, email, org, Set.of(roles), active, null);
    }
}
