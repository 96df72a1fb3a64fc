package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.substitute.SubstitutionEvents;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Naming a substitute and ending it early each tell both people, the person on leave and the substitute: one
 * notification each, in their bell and with its mail queued, written once however often the event is delivered;
 * ending it a second time tells no one again. Own organisations and users, in a year no other test uses.
 */
class SubstitutionNotificationsIntegrationTests extends PostgresIntegrationTest {

    private static final int YEAR = 2086;

    @Autowired
    SubstitutionService substitutions;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetTheClock() {
        ProcessJobs.resetClock();
    }

    @Test
    void namingAndEndingEarlyTellTheSubstituteAndThePersonOnLeaveOnceEach() {
        TestOrgs test = new TestOrgs(orgs, users);
        ProcessJobs.setClock(LocalDateTime.parse(YEAR + "-05-19T08:00").atZone(Deadlines.VIETNAM).toInstant());
        TestOrgs.Commune place = test.commune("bao.uyquyen");
        UserAccount leader = user(place.commune().leader());
        UserAccount substitute = user(test.user("canbo2.bao.uyquyen", "Trần Thị Thay", place.commune().id(),
                Role.OFFICER));
        UserAccount bystander = user(place.commune().officer());

        Substitution named = substitutions.name(leader, leader.id(), new SubstitutionForm(substitute.id(),
                LocalDate.of(YEAR, 5, 19), LocalDate.of(YEAR, 5, 24)));

        List<Map<String, Object>> rows = rows(NotificationKind.SUBSTITUTION_NAMED, named.id());
        assertThat(rows).extracting(r -> r.get("recipient_id"), r -> r.get("mail_to"), r -> r.get("status"))
                .containsExactlyInAnyOrder(tuple(leader.id(), leader.email(), "PENDING"),
                        tuple(substitute.id(), substitute.email(), "PENDING"));
        assertThat(rows).extracting(r -> r.get("title")).containsOnly(
                "Trần Thị Thay được ủy quyền thay " + leader.fullName() + " từ 19/05/" + YEAR + " đến 24/05/" + YEAR);
        assertThat(rows).extracting(r -> r.get("link")).containsOnly("account/substitutes");
        assertThat(outboxOf(bystander)).as("a colleague of the same unit is not told").isZero();

        // the same event delivered again: no second notification, no second mail
        transactions.executeWithoutResult(status -> events.publishEvent(new SubstitutionEvents.Named(named.id(),
                leader.id(), substitute.id(), named.from(), named.to())));
        assertThat(rows(NotificationKind.SUBSTITUTION_NAMED, named.id())).hasSize(2);

        // ended early on 21/05: both told, with the day it ended; ending it again tells no one again
        ProcessJobs.setClock(LocalDateTime.parse(YEAR + "-05-21T10:00").atZone(Deadlines.VIETNAM).toInstant());
        substitutions.endEarly(leader, named.id());
        substitutions.endEarly(leader, named.id());
        List<Map<String, Object>> ended = rows(NotificationKind.SUBSTITUTION_ENDED, named.id());
        assertThat(ended).extracting(r -> r.get("recipient_id"), r -> r.get("mail_to"), r -> r.get("status"))
                .containsExactlyInAnyOrder(tuple(leader.id(), leader.email(), "PENDING"),
                        tuple(substitute.id(), substitute.email(), "PENDING"));
        assertThat(ended).extracting(r -> (String) r.get("body"))
                .allSatisfy(body -> assertThat(body).contains("21/05/" + YEAR).contains("Trần Thị Thay"));
        assertThat(outboxOf(bystander)).isZero();
    }

    private List<Map<String, Object>> rows(NotificationKind kind, long substitutionId) {
        return jdbc.queryForList("select recipient_id, mail_to, status, title, body, link from notification"
                + " where kind = ? and subject_id = ?", kind.name(), String.valueOf(substitutionId));
    }

    private long outboxOf(UserAccount user) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ?"
                + " and kind like 'SUBSTITUTION%'", Long.class, user.id());
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
