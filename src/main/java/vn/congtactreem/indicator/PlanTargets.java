package vn.congtactreem.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.internal.IndicatorEntity;
import vn.congtactreem.indicator.internal.PlanObjectiveEntity;
import vn.congtactreem.indicator.internal.PlanObjectiveRepository;
import vn.congtactreem.indicator.internal.PlanTargetEntity;
import vn.congtactreem.indicator.internal.PlanTargetRepository;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;

/**
 * A plan's targets. The plan feature decides who may change them and when; this keeps the rules of a
 * target itself: a catalogue indicator, a milestone year within the plan, a value that fits the
 * indicator's measure, a baseline year for a change, responsible units within the organisation.
 */
@Service
@Transactional
public class PlanTargets {


    private final PlanTargetRepository targets;
    private final PlanObjectiveRepository objectives;
    private final IndicatorCatalog catalog;
    private final OrgService orgs;

    public PlanTargets(PlanTargetRepository targets, PlanObjectiveRepository objectives, IndicatorCatalog catalog,
                       OrgService orgs) {
        this.targets = targets;
        this.objectives = objectives;
        this.catalog = catalog;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    public List<Target> ofPlan(long planId) {
        return toTargets(targets.findByPlanIdOrderByPositionAsc(planId));
    }

    /**
     * The indicators the unit answers for in the plan, each once, in the plan's order: what its report asks. Only
     * the targets and their indicators are read, together (not the responsible units' names nor the targets'
     * numbering, which {@link #ofPlan} gives).
     */
    public List<Indicator> askedOf(long planId, long orgUnitId) {
        Map<Long, Indicator> asked = new java.util.LinkedHashMap<>();
        for (Object[] row : targets.withIndicatorsOfPlan(planId)) {
            PlanTargetEntity target = (PlanTargetEntity) row[0];
            if (target.responsibleUnits().contains(orgUnitId)) {
                asked.putIfAbsent(target.getIndicatorId(), ((IndicatorEntity) row[1]).toIndicator());
            }
        }
        return List.copyOf(asked.values());
    }

    /**
     * The targets of these plans, read together (three queries whatever their number): plan id → its targets
     * as {@link #ofPlan} gives them; a plan without targets is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Target>> ofPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<PlanTargetEntity> entities = targets.findByPlanIdInOrderByPlanIdAscPositionAsc(planIds);
        Map<Long, Indicator> indicators = catalog.byIds(entities.stream().map(PlanTargetEntity::getIndicatorId)
                .distinct().toList());
        Map<Long, OrgUnit> units = orgs.byIds(entities.stream().flatMap(t -> t.responsibleUnits().stream())
                .distinct().toList());
        Map<Long, List<PlanTargetEntity>> byPlan = new java.util.LinkedHashMap<>();
        entities.forEach(t -> byPlan.computeIfAbsent(t.getPlanId(), k -> new ArrayList<>()).add(t));
        Map<Long, List<Target>> result = new java.util.LinkedHashMap<>();
        byPlan.forEach((planId, ofPlan) -> result.put(planId, toTargets(ofPlan, indicators, units)));
        return result;
    }

    /** The plan's objectives, "Mục tiêu 1", "Mục tiêu 2", … in order (none for a plan written without). */
    @Transactional(readOnly = true)
    public List<Objective> objectivesOf(long planId) {
        return objectives.findByPlanIdOrderByPositionAsc(planId).stream().map(PlanObjectiveEntity::toObjective)
                .toList();
    }

    /** Replaces the plan's targets and keeps its objectives as they are. */
    public List<Target> replace(long planId, int yearFrom, int yearTo, Set<Long> allowedUnitIds,
                                List<TargetForm> forms) {
        return replace(planId, yearFrom, yearTo, allowedUnitIds,
                objectivesOf(planId).stream().map(Objective::title).toList(), forms);
    }

    /**
     * Replaces the plan's objectives by {@code objectiveTitles} and its targets by {@code forms}, in plan order
     * ({@link TargetOutline}: targets without an objective first, then objective by objective), after checking
     * each; the first broken rule is thrown with its field ({@code targets[2].targetValue},
     * {@code objectives[1]}) and nothing is changed.
     *
     * @param allowedUnitIds the units a target may make responsible (the organisation and below)
     */
    public List<Target> replace(long planId, int yearFrom, int yearTo, Set<Long> allowedUnitIds,
                                List<String> objectiveTitles, List<TargetForm> forms) {
        for (int i = 0; i < objectiveTitles.size(); i++) {
            String title = objectiveTitles.get(i);
            if (title == null || title.isBlank()) {
                throw new ValidationException("objectives[" + i + "]", "objective.error.titleRequired");
            }
            if (title.strip().length() > 600) {
                throw new ValidationException("objectives[" + i + "]", "objective.error.titleTooLong", "600");
            }
        }
        List<Long> kept = targets.findByPlanIdOrderByPositionAsc(planId).stream()
                .map(PlanTargetEntity::getIndicatorId).toList();
        for (int i = 0; i < forms.size(); i++) {
            TargetForm form = forms.get(i);
            check("targets[" + i + "].", form, yearFrom, yearTo, allowedUnitIds, kept);
            if (form.objective() != null && (form.objective() < 1 || form.objective() > objectiveTitles.size())) {
                throw new ValidationException("targets[" + i + "].objective", "objective.error.unknown",
                        String.valueOf(form.objective()));
            }
            if (!TargetNumbering.valid(form.number())) {
                throw new ValidationException("targets[" + i + "].number", "objective.error.number", form.number());
            }
        }
        TargetOutline outline = new TargetOutline(objectiveTitles, forms);
        List<String> numbers = outline.numbers();
        TargetNumbering.firstRepeated(numbers).ifPresent(i -> {
            throw new ValidationException("targets[" + forms.indexOf(outline.targets().get(i)) + "].number",
                    "objective.error.numberTwice", numbers.get(i));
        });
        List<PlanTargetEntity> entities = new ArrayList<>();
        for (int i = 0; i < outline.targets().size(); i++) {
            entities.add(new PlanTargetEntity(planId, i + 1, outline.targets().get(i)));
        }
        objectives.deleteByPlanId(planId);
        targets.deleteByPlanId(planId);
        targets.flush();
        objectives.flush();
        for (int i = 0; i < objectiveTitles.size(); i++) {
            objectives.save(new PlanObjectiveEntity(planId, i + 1, objectiveTitles.get(i).strip()));
        }
        targets.saveAll(entities);
        return ofPlan(planId);
    }

    /** The checks of one target, also for targets taken from another plan before they are offered. */
    public void check(String field, TargetForm form, int yearFrom, int yearTo, Set<Long> allowedUnitIds,
                      Collection<Long> indicatorsAlreadyOnPlan) {
        if (form.indicatorId() == null) {
            throw new ValidationException(field + "indicatorId", "target.error.indicatorRequired");
        }
        Indicator indicator = catalog.get(form.indicatorId());
        if (!indicator.active() && !indicatorsAlreadyOnPlan.contains(indicator.id())) {
            throw new ValidationException(field + "indicatorId", "target.error.indicatorInactive", indicator.code());
        }
        Integer year = form.milestoneYear();
        if (year == null || year < yearFrom || year > yearTo) {
            throw new ValidationException(field + "milestoneYear", "target.error.milestoneYear",
                    String.valueOf(yearFrom), String.valueOf(yearTo));
        }
        TargetRules.check(field, form, indicator);
        boolean baselineNeeded = form.shape() == TargetShape.CHANGE;
        if ((baselineNeeded && form.baselineYear() == null)
                || (form.baselineYear() != null && form.baselineYear() >= year)) {
            throw new ValidationException(field + "baselineYear", "target.error.baselineYear", String.valueOf(year));
        }
        for (Long unitId : form.responsibleUnits()) {
            if (!allowedUnitIds.contains(unitId)) {
                throw new ValidationException(field + "responsibleUnitIds", "target.error.unitNotBelow",
                        orgs.find(unitId).map(o -> o.name()).orElse(String.valueOf(unitId)));
            }
        }
        if (FigureSource.of(orgs.byIds(form.responsibleUnits()).values()) == null) {
            throw new ValidationException(field + "responsibleUnitIds", "target.error.mixedSource");
        }
    }

    private List<Target> toTargets(List<PlanTargetEntity> entities) {
        Map<Long, Indicator> indicators = catalog.byIds(entities.stream().map(PlanTargetEntity::getIndicatorId)
                .distinct().toList());
        Map<Long, OrgUnit> units = orgs.byIds(entities.stream().flatMap(t -> t.responsibleUnits().stream())
                .distinct().toList());
        return toTargets(entities, indicators, units);
    }

    private static List<Target> toTargets(List<PlanTargetEntity> entities, Map<Long, Indicator> indicators,
                                          Map<Long, OrgUnit> units) {
        List<String> numbers = TargetNumbering.numbers(entities.stream().map(PlanTargetEntity::getNumberLabel)
                .toList());
        List<Target> result = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            PlanTargetEntity t = entities.get(i);
            result.add(t.toTarget(indicators.get(t.getIndicatorId()),
                    id -> units.containsKey(id) ? units.get(id).name() : String.valueOf(id), source(t, units),
                    numbers.get(i)));
        }
        return result;
    }

    /** Mixed areas and offices cannot be saved; a unit unknown by now counts as an office. */
    private static FigureSource source(PlanTargetEntity target, Map<Long, OrgUnit> units) {
        List<OrgUnit> responsible = target.responsibleUnits().stream().map(units::get)
                .filter(java.util.Objects::nonNull).toList();
        FigureSource source = FigureSource.of(responsible);
        return source != null ? source : target.responsibleUnits().isEmpty() ? FigureSource.OWN : FigureSource.UNITS;
    }
}
