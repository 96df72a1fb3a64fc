package vn.congtactreem.orgchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.orgchange.internal.OrgChangeEngine;
import vn.congtactreem.orgchange.internal.OrgChangeQueries;
import vn.congtactreem.orgchange.internal.OrgChangeQueries.OpenReport;

/**
 * Moves and merges of organisations while cycles run, without rewriting history. A merged unit is deactivated,
 * never deleted: the reports, figures and documents it made keep pointing to it, with its name. What is still
 * open follows the new tree: its open reports go to the unit merged into (or end where that unit already
 * reports in the same period), its own running plans end, the tasks offered to it, its users and the units
 * below it move. Each change is recorded with the paths as they were ({@code org_change}).
 */
@Service
@Transactional(readOnly = true)
public class OrgChangeService {

    public static final String FIELD_TARGET = "target";

    private final OrgService orgs;
    private final OrgChangeQueries queries;
    private final OrgChangeEngine engine;

    public OrgChangeService(OrgService orgs, OrgChangeQueries queries, OrgChangeEngine engine) {
        this.orgs = orgs;
        this.queries = queries;
        this.engine = engine;
    }

    /** What merging {@code sourceId} into {@code targetId} would touch (nothing is changed). */
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChangeImpact impactOfMerge(long sourceId, long targetId) {
        List<Long> move = new ArrayList<>();
        List<Long> close = new ArrayList<>();
        for (OpenReport report : queries.openReports(sourceId)) {
            (queries.reportsIn(report.periodId(), targetId) ? close : move).add(report.id());
        }
        return new OrgChangeImpact(move, close,
                queries.runningPlans(sourceId).stream().map(OrgChangeQueries.RunningPlan::title).toList(),
                engine.openTasks(sourceId), queries.users(sourceId));
    }

    /** What moving the unit touches: its open tasks and reports stay its own and follow it under the new parent. */
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChangeImpact impactOfMove(long unitId) {
        return new OrgChangeImpact(queries.openReports(unitId).stream().map(OpenReport::id).toList(), List.of(),
                List.of(), engine.openTasks(unitId), queries.users(unitId));
    }

    /** Moves the unit under another parent (the tree's rules of {@link OrgService#move}) and records the move. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChange move(long unitId, long newParentId) {
        return move(unitId, newParentId, null);
    }

    /** The same, refused (ConflictException) if the unit changed since {@code expectedVersion} (null: no check). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChange move(long unitId, long newParentId, Long expectedVersion) {
        OrgUnit unit = orgs.get(unitId);
        String fromPath = orgs.path(unitId);
        orgs.move(unitId, newParentId, expectedVersion);
        OrgChange change = new OrgChange(0, OrgChange.Kind.MOVE, unitId, unit.name(), fromPath, newParentId,
                orgs.path(unitId), 0, 0, 0, 0, 0, actor(), Instant.now());
        queries.record(change);
        return change;
    }

    /** Merges {@code sourceId} into {@code targetId} (see the class comment); returns what was done. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrgChange merge(long sourceId, long targetId) {
        OrgUnit source = orgs.get(sourceId);
        OrgUnit target = orgs.get(targetId);
        requireMergeable(source, target);
        String fromPath = orgs.path(sourceId);
        String reason = "merged into " + target.name();
        int moved = 0;
        int closed = 0;
        for (OpenReport report : queries.openReports(sourceId)) {
            if (queries.reportsIn(report.periodId(), targetId)) {
                engine.endReport(report.id(), reason);
                closed++;
            } else {
                Optional<Long> targetAssignment = queries.assignment(report.planId(), targetId);
                if (targetAssignment.isEmpty()) {
                    queries.moveAssignment(report.assignmentId(), targetId);
                }
                queries.moveReport(report.id(), targetId, targetAssignment.orElse(report.assignmentId()));
                engine.moveReport(report.id(), sourceId, targetId);
                moved++;
            }
        }
        List<OrgChangeQueries.RunningPlan> plans = queries.runningPlans(sourceId);
        plans.forEach(plan -> {
            engine.endPlan(plan.id(), reason);
            queries.closePlan(plan.id());
        });
        int tasks = engine.moveTasks(sourceId, targetId);
        int users = queries.moveUsers(sourceId, targetId);
        orgs.children(sourceId).forEach(child -> orgs.move(child.id(), targetId));
        orgs.deactivate(sourceId);
        OrgChange change = new OrgChange(0, OrgChange.Kind.MERGE, sourceId, source.name(), fromPath, targetId,
                orgs.path(targetId), moved, closed, plans.size(), tasks, users, actor(), Instant.now());
        queries.record(change);
        return change;
    }

    /** The moves, merges, deactivation and renames a unit went through or received, oldest first. */
    public List<OrgChange> history(long orgUnitId) {
        return queries.history(orgUnitId);
    }

    private void requireMergeable(OrgUnit source, OrgUnit target) {
        if (source.id() == target.id() || orgs.selfAndDescendants(source.id()).contains(target.id())) {
            throw new ValidationException(FIELD_TARGET, "admin.orgChange.error.intoItself");
        }
        if (!source.active() || !target.active()) {
            throw new ValidationException(FIELD_TARGET, "admin.orgChange.error.inactive");
        }
        boolean sameKind = source.kind() == target.kind()
                && (!source.isArea() || source.levelCode().equals(target.levelCode()));
        if (!sameKind) {
            throw new ValidationException(FIELD_TARGET, "admin.orgChange.error.notSameLevel", source.name(),
                    target.name());
        }
    }

    static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
