package vn.congtactreem.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * "Việc tồn đọng": the tasks of the user's monitoring scope that are overdue or open longer than a
 * number of days, with the organisation each concerns and a link to its form. The engine is asked for
 * the tasks offered to the scope's groups ({@code org:<id>:<ROLE>}, {@link WorkItems#stuckBelow}): two counts
 * and one page, described as the inbox describes them (three reads per page), whatever the number of units.
 */
@Service
public class StuckWork {

    public static final int DEFAULT_IDLE_DAYS = 7;
    public static final int PAGE = 100;
    private static final List<Role> WORKING_ROLES = List.of(Role.OFFICER, Role.LEADER, Role.REPORTER);

    private final MonitoringService monitoring;
    private final WorkItems work;
    private final Inbox inbox;
    private final CycleClock clock;
    private final OrgService orgs;

    public StuckWork(MonitoringService monitoring, WorkItems work, Inbox inbox, CycleClock clock, OrgService orgs) {
        this.orgs = orgs;
        this.monitoring = monitoring;
        this.work = work;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The stuck work of an organisation and everything below it, inside the user's scope. */
    public StuckWorkReport of(UserAccount user, long orgUnitId, int idleDays) {
        Set<Long> scope = monitoring.scope(user);
        if (!scope.contains(orgUnitId)) {
            throw NotAllowedException.because("access.notAllowed.monitorUnit", orgUnitId);
        }
        Set<Long> below = new java.util.HashSet<>(orgs.selfAndDescendants(orgUnitId));
        below.retainAll(scope);
        Instant now = clock.now();
        Instant idleSince = now.minus(Duration.ofDays(idleDays));
        long overdue = work.countStuckBelow(below, WORKING_ROLES, now, null);
        long both = work.countStuckBelow(below, WORKING_ROLES, now, idleSince);
        List<WorkItem> items = work.stuckBelow(below, WORKING_ROLES, now, idleSince, PAGE);
        Map<String, WorkItemDescription> descriptions = inbox.describe(items);
        List<StuckTask> tasks = new ArrayList<>();
        for (WorkItem item : items) {
            WorkItemDescription description = descriptions.get(item.id());
            boolean late = item.due() != null && !item.due().isAfter(now);
            long days = Duration.between(late ? item.due() : item.created(), now).toDays();
            tasks.add(new StuckTask(item.id(), item.name(), description.subject(), description.organisation(),
                    item.assignee(), item.due(), item.created(), late, days, description.link()));
        }
        tasks.sort(java.util.Comparator.comparing((StuckTask t) -> !t.overdue())
                .thenComparing(java.util.Comparator.comparingLong(StuckTask::days).reversed()));
        Map<String, Long> byOrganisation = new LinkedHashMap<>();
        tasks.forEach(t -> byOrganisation.merge(t.organisation(), 1L, Long::sum));
        return new StuckWorkReport(idleDays, overdue, both - overdue, List.copyOf(tasks), byOrganisation);
    }
}
