package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;
import vn.congtactreem.appendix.FormRollUp;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.FormTotals;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/**
 * A consolidated report's forms added up ({@link FormRollUp}) from the accepted unit reports of its basis (the
 * same set as its figures) and, for its sub-areas, their consolidated forms, level inside level, matched by
 * the form's key (a lower plan's copy keeps its upper form's key).
 */
@Component
@Transactional(readOnly = true)
class ConsolidatedForms {

    private final UnitReportRepository reports;
    private final PlanService plans;
    private final AppendixForms forms;
    private final OrgService orgs;

    ConsolidatedForms(UnitReportRepository reports, PlanService plans, AppendixForms forms, OrgService orgs) {
        this.reports = reports;
        this.plans = plans;
        this.forms = forms;
        this.orgs = orgs;
    }

    List<FormTotals> of(ConsolidatedReportEntity report, java.util.function.LongFunction<ConsolidatedReportEntity>
            consolidated) {
        long planId = plans.period(report.getPeriodId()).planId();
        List<AppendixForm> planForms = forms.ofPlan(planId);
        if (planForms.isEmpty()) {
            return List.of();
        }
        List<UnitReportEntity> accepted = basis(report);
        Map<Long, String> names = orgs.names(accepted.stream().map(UnitReportEntity::getOrgUnitId).toList());
        Map<Long, Map<CellRef, CellValue>> cells = forms.cellsOfUnitReports(accepted.stream()
                .filter(r -> !r.isSubArea()).map(UnitReportEntity::getId).toList());
        Map<Long, Map<String, FormTotals>> subTotals = new LinkedHashMap<>();
        for (UnitReportEntity unit : accepted) {
            if (unit.isSubArea() && unit.getConsolidatedReportId() != null) {
                Map<String, FormTotals> byKey = new LinkedHashMap<>();
                of(consolidated.apply(unit.getConsolidatedReportId()), consolidated)
                        .forEach(t -> byKey.put(t.form().key(), t));
                subTotals.put(unit.getId(), byKey);
            }
        }
        List<FormRow> unitRows = plans.load(planId).assignments().stream()
                .map(a -> new FormRow(AppendixForms.unitRowKey(a.orgUnitId()), a.orgUnitName()))
                .toList();
        List<FormTotals> result = new ArrayList<>();
        for (AppendixForm form : planForms) {
            List<FormRollUp.UnitCells> units = new ArrayList<>();
            List<FormRollUp.SubArea> subAreas = new ArrayList<>();
            for (UnitReportEntity unit : accepted) {
                String name = unit.nameAsMadeOr(names.getOrDefault(unit.getOrgUnitId(), ""));
                if (unit.isSubArea()) {
                    Optional.ofNullable(subTotals.getOrDefault(unit.getId(), Map.of()).get(form.key()))
                            .ifPresent(t -> subAreas.add(new FormRollUp.SubArea(
                                    AppendixForms.unitRowKey(unit.getOrgUnitId()), t)));
                } else {
                    units.add(new FormRollUp.UnitCells(name, byRow(form.id(), cells.getOrDefault(unit.getId(),
                            Map.of()))));
                }
            }
            result.add(FormRollUp.of(form, unitRows, units, subAreas));
        }
        return result;
    }

    /** The accepted reports of the report's snapshot, or every accepted one for a report from before snapshots. */
    private List<UnitReportEntity> basis(ConsolidatedReportEntity report) {
        Optional<Set<Long>> snapshot = report.basis();
        return reports.findByPeriodIdOrderByIdAsc(report.getPeriodId()).stream()
                .filter(r -> r.getStatus() == UnitReportStatus.ACCEPTED)
                .filter(r -> snapshot.map(ids -> ids.contains(r.getId())).orElse(true)).toList();
    }

    private static Map<String, Map<String, CellValue>> byRow(long formId, Map<CellRef, CellValue> cells) {
        Map<String, Map<String, CellValue>> rows = new LinkedHashMap<>();
        cells.forEach((ref, value) -> {
            if (ref.formId() == formId) {
                rows.computeIfAbsent(ref.rowKey(), k -> new LinkedHashMap<>()).put(ref.columnKey(), value);
            }
        });
        return rows;
    }
}
