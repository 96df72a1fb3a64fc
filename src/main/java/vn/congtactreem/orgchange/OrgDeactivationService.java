package vn.congtactreem.orgchange;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.orgchange.internal.OrgChangeEngine;
import vn.congtactreem.orgchange.internal.OrgChangeQueries;

/**
 * Taking an organisation out of use while cycles run (e.g. a district abolished in the 2025 reform): the
 * administrator first sees what it touches ({@link #impact}), then confirms. Units still active under it must be
 * moved first ("Chuyển sang đơn vị cấp trên khác": their open tasks and coming periods stay theirs and follow the
 * new tree); the deactivation never moves them itself. The unit's own running cycles and its open reports end,
 * it is deactivated (never deleted: what it made keeps its name), and the change is recorded in its history.
 */
@Service
@Transactional(readOnly = true)
public class OrgDeactivationService {

    public static final String FIELD_CONFIRM = "confirm";

    private final OrgService orgs;
    private final OrgChangeQueries queries;
    private final OrgChangeEngine engine;

    public OrgDeactivationService(OrgService orgs, OrgChangeQueries queries, OrgChangeEngine engine) {
        this.orgs = orgs;
        this.queries = queries;
        this.engine = engine;
    }

    /** What deactivating the unit would touch, for it and every unit below it (nothing is changed). */
    @PreAuthorize("hasRole('ADMIN')")
    public DeactivationImpact impact(long unitId) {
        Set<Long> subtree = orgs.selfAndDescendants(unitId);
        List<String> children = orgs.children(unitId).stream().filter(OrgUnit::active).map(OrgUnit::name).toList();
        long tasks = subtree.stream().mapToLong(engine::openTasks).sum();
        return new DeactivationImpact(children, queries.runningPlansOfOrIn(subtree),
                queries.runningPlans(unitId).size(), tasks, queries.periodsToCome(subtree));
    }

    /**
     * Deactivates the unit once the administrator confirmed what it touches; refused while units under it are
     * active, or users of it (the tree's rule of {@link OrgService#deactivate}).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChange deactivate(long unitId, boolean confirmed) {
        return deactivate(unitId, confirmed, null);
    }

    /**
     * The same, refused (ConflictException) before anything is ended if the unit changed since
     * {@code expectedVersion} (the one the administrator saw the impact of; null: no check).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChange deactivate(long unitId, boolean confirmed, Long expectedVersion) {
        OrgUnit unit = orgs.get(unitId);
        ConflictException.requireVersion("version", expectedVersion, unit.version());
        if (!unit.active()) {
            throw new ValidationException(FIELD_CONFIRM, "orgchange.deactivate.error.inactive", unit.name());
        }
        List<String> children = orgs.children(unitId).stream().filter(OrgUnit::active).map(OrgUnit::name).toList();
        if (!children.isEmpty()) {
            throw new ValidationException(FIELD_CONFIRM, "orgchange.deactivate.error.activeChildren", unit.name(),
                    children.size(), String.join(", ", children));
        }
        if (!confirmed) {
            throw new ValidationException(FIELD_CONFIRM, "orgchange.deactivate.error.confirm");
        }
        String path = orgs.path(unitId);
        String reason = "deactivated: " + unit.name();
        List<OrgChangeQueries.RunningPlan> plans = queries.runningPlans(unitId);
        plans.forEach(plan -> {
            engine.endPlan(plan.id(), reason);
            queries.closePlan(plan.id());
        });
        List<OrgChangeQueries.OpenReport> reports = queries.openReports(unitId);
        reports.forEach(report -> engine.endReport(report.id(), reason));
        orgs.deactivate(unitId);
        OrgChange change = new OrgChange(0, OrgChange.Kind.DEACTIVATE, unitId, unit.name(), path, unitId, path, 0,
                reports.size(), plans.size(), 0, 0, OrgChangeService.actor(), Instant.now());
        queries.record(change);
        return change;
    }
}
