package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.notification.internal.RecipientStore;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * One group's recipients with their choice for the kind read in one statement ({@link RecipientStore}, what every
 * new task's notification uses): the same people as {@link UserService#activeWithRoleIn(long, Role)} with all
 * their roles, a holder of two roles once, an inactive holder and other roles or organisations left out, the
 * stored choice of the kind and of no other kind; and the rows {@link Outbox#record(NotificationDraft)} writes from
 * it: mail at once without a choice, none when mail is turned off, the digest when chosen, nothing for the actor.
 */
class OutboxRecipientsIntegrationTests extends PostgresIntegrationTest {

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired NotificationPreferences preferences;
    @Autowired RecipientStore holders;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    private TestOrgs fixture;
    private TestOrgs.Area commune;
    private UserAccount withoutChoice;
    private UserAccount officerAndLeader;
    private UserAccount digest;
    private UserAccount actor;

    @BeforeEach
    void people() {
        fixture = new TestOrgs(orgs, users);
        TestOrgs.Area district = fixture.area(null, "Huyện Người Nhận", "DISTRICT", "huyennhan");
        commune = fixture.area(district.id(), "Xã Người Nhận", "COMMUNE", "nhan");
        withoutChoice = account(commune.officer());
        officerAndLeader = create("kiemnhiem", Set.of(Role.OFFICER, Role.LEADER));
        digest = create("tonghop", Set.of(Role.OFFICER));
        actor = create("nguoilam", Set.of(Role.OFFICER));
        UserAccount inactive = create("nghiviec", Set.of(Role.OFFICER));
        SystemAuthentication.runAsSystem(() -> users.deactivate(inactive.id()));
        preferences.choose(officerAndLeader, new Preference(NotificationKind.TASK_ASSIGNED, false, Delivery.IMMEDIATE));
        preferences.choose(digest, new Preference(NotificationKind.TASK_ASSIGNED, true, Delivery.DAILY_DIGEST));
        // a choice for another kind changes nothing here
        preferences.choose(withoutChoice, new Preference(NotificationKind.REMINDER_DUE, false, Delivery.IMMEDIATE));
    }

    @Test
    void theGroupsHoldersWithTheirRolesAndTheirChoiceForTheKindInOneStatement() {
        List<RecipientStore.Holder> found = holders.holders(commune.id(), Role.OFFICER, NotificationKind.TASK_ASSIGNED);

        assertThat(found).extracting(RecipientStore.Holder::user)
                .containsExactlyElementsOf(users.activeWithRoleIn(commune.id(), Role.OFFICER));
        assertThat(found).extracting(holder -> holder.user().username(), RecipientStore.Holder::preference)
                .containsExactlyInAnyOrder(
                        tuple(withoutChoice.username(), null),
                        tuple(officerAndLeader.username(),
                                new Preference(NotificationKind.TASK_ASSIGNED, false, Delivery.IMMEDIATE)),
                        tuple(digest.username(),
                                new Preference(NotificationKind.TASK_ASSIGNED, true, Delivery.DAILY_DIGEST)),
                        tuple(actor.username(), null));
        assertThat(found).filteredOn(holder -> holder.user().id() == officerAndLeader.id())
                .singleElement().satisfies(holder -> assertThat(holder.user().roles())
                        .containsExactlyInAnyOrder(Role.OFFICER, Role.LEADER));
        assertThat(holders.holders(commune.id(), Role.LEADER, NotificationKind.TASK_ASSIGNED))
                .extracting(holder -> holder.user().username())
                .containsExactlyInAnyOrder(commune.leader(), officerAndLeader.username());
    }

    @Test
    void oneGroupsNotificationHonoursEachChoiceAndLeavesTheActorOut() {
        String subject = "task-" + fixture.suffix();
        NotificationDraft draft = new NotificationDraft(NotificationKind.TASK_ASSIGNED, subject, "", "plans/1",
                new Text("notification.title.TASK_ASSIGNED", "Việc", "Kế hoạch"),
                new Text("notification.body.TASK_ASSIGNED", "Việc", "Kế hoạch", "Xã"),
                List.of(new Audience(commune.id(), Role.OFFICER)), actor.username().toUpperCase());

        Integer written = transactions.execute(status -> outbox.record(draft));
        Integer again = transactions.execute(status -> outbox.record(draft));

        assertThat(written).isEqualTo(3);
        assertThat(again).isZero();
        assertThat(jdbc.query("select recipient_id, status, mail_to from notification where subject_id = ?",
                (rs, i) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3)), subject))
                .containsExactlyInAnyOrder(
                        tuple(withoutChoice.id(), "PENDING", withoutChoice.email()),
                        tuple(officerAndLeader.id(), "IN_APP", null),
                        tuple(digest.id(), "DIGEST", digest.email()));
    }

    private UserAccount create(String prefix, Set<Role> roles) {
        String username = prefix + "." + fixture.suffix();
        return SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm(username,
                "Người dùng " + username, username + "@congtactreem.local", commune.id(), roles, TestOrgs.PASSWORD)));
    }

    private UserAccount account(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
