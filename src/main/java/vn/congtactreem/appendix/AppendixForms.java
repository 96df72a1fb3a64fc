package vn.congtactreem.appendix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.appendix.internal.AppendixCellEntity;
import vn.congtactreem.appendix.internal.AppendixCellRepository;
import vn.congtactreem.appendix.internal.AppendixFormEntity;
import vn.congtactreem.appendix.internal.AppendixFormRepository;

/**
 * The appendix feature's API: the forms a plan attaches (phụ lục, biểu mẫu) and the cells units fill in
 * their reports. The plan feature decides who may change a plan's forms and when, the reporting feature who
 * may fill a report's cells and how a level adds them up ({@link FormRollUp}); this keeps them and checks
 * them ({@link FormDraftRules}, {@link CellCheck}).
 */
@Service
@Transactional
public class AppendixForms {

    private static final String UNIT_ROW = "unit-";

    private final AppendixFormRepository forms;
    private final AppendixCellRepository cells;

    public AppendixForms(AppendixFormRepository forms, AppendixCellRepository cells) {
        this.forms = forms;
        this.cells = cells;
    }

    /** The row a unit (or sub-area) fills in a one-row-per-unit form. */
    public static String unitRowKey(long orgUnitId) {
        return UNIT_ROW + orgUnitId;
    }

    /** The rows a unit fills: every row of a fixed-row form, its own row of a one-row-per-unit form. */
    public static List<FormRow> rowsFor(AppendixForm form, long orgUnitId, String unitName) {
        return form.rowMode() == RowMode.FIXED ? form.rows()
                : List.of(new FormRow(unitRowKey(orgUnitId), unitName));
    }

    // ---------------------------------------------------------------- definitions

    @Transactional(readOnly = true)
    public List<AppendixForm> ofPlan(long planId) {
        return forms.findByPlanIdOrderByNumberAsc(planId).stream().map(AppendixFormEntity::toForm).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AppendixForm> find(long formId) {
        return forms.findById(formId).map(AppendixFormEntity::toForm);
    }

    /**
     * The plan's forms become {@code drafts}, numbered in their order: forms left out are removed, new ones
     * get a key, new rows and columns theirs; the keys of those kept stay (their cells stay theirs).
     */
    public List<AppendixForm> replaceOfPlan(long planId, List<FormDraft> drafts) {
        FormDraftRules.check(drafts);
        List<AppendixFormEntity> existing = forms.findByPlanIdOrderByNumberAsc(planId);
        Map<Long, AppendixFormEntity> byId = existing.stream()
                .collect(Collectors.toMap(AppendixFormEntity::getId, Function.identity()));
        Set<Long> kept = new HashSet<>();
        drafts.stream().map(FormDraft::id).filter(id -> id != null && byId.containsKey(id)).forEach(kept::add);
        existing.stream().filter(f -> !kept.contains(f.getId())).forEach(forms::delete);
        // numbers are unique per plan: move the kept ones out of the way before renumbering
        existing.stream().filter(f -> kept.contains(f.getId())).forEach(f -> renumber(f, -f.getNumber()));
        forms.flush();
        for (int i = 0; i < drafts.size(); i++) {
            FormDraft draft = drafts.get(i);
            AppendixFormEntity entity = draft.id() != null && byId.containsKey(draft.id()) ? byId.get(draft.id())
                    : new AppendixFormEntity(planId, draft.key() == null ? UUID.randomUUID().toString() : draft.key());
            entity.define(i + 1, draft.title().strip(), draft.rowMode(),
                    draft.rowMode() == RowMode.FIXED ? withRowKeys(draft.rows()) : List.of(),
                    withColumnKeys(draft.columns()));
            forms.saveAndFlush(entity);
        }
        return ofPlan(planId);
    }

    /**
     * Adds the upper plan's forms this plan has not got yet (by key), after its own, definitions copied with
     * their keys so that they add up into the upper level's; answers how many were added.
     */
    public int copyFromUpper(long upperPlanId, long planId) {
        List<AppendixForm> own = ofPlan(planId);
        Set<String> present = own.stream().map(AppendixForm::key).collect(Collectors.toSet());
        List<FormDraft> drafts = new ArrayList<>(own.stream().map(AppendixForm::toDraft).toList());
        int added = 0;
        for (AppendixForm upper : ofPlan(upperPlanId)) {
            if (present.add(upper.key())) {
                drafts.add(new FormDraft(null, upper.key(), upper.title(), upper.rowMode(), upper.rows(),
                        upper.columns()));
                added++;
            }
        }
        if (added > 0) {
            replaceOfPlan(planId, drafts);
        }
        return added;
    }

    private void renumber(AppendixFormEntity entity, int number) {
        AppendixForm form = entity.toForm();
        entity.define(number, form.title(), form.rowMode(), form.rows(), form.columns());
    }

    private static List<FormRow> withRowKeys(List<FormRow> rows) {
        Set<String> used = rows.stream().map(FormRow::key).filter(k -> k != null).collect(Collectors.toSet());
        List<FormRow> keyed = new ArrayList<>();
        for (FormRow row : rows) {
            keyed.add(new FormRow(row.key() != null ? row.key() : fresh("r", used), row.label().strip()));
        }
        return keyed;
    }

    private static List<FormColumn> withColumnKeys(List<FormColumn> columns) {
        Set<String> used = columns.stream().map(FormColumn::key).filter(k -> k != null).collect(Collectors.toSet());
        List<FormColumn> keyed = new ArrayList<>();
        for (FormColumn column : columns) {
            keyed.add(new FormColumn(column.key() != null ? column.key() : fresh("c", used), column.label().strip(),
                    column.kind(), column.totalled()));
        }
        return keyed;
    }

    private static String fresh(String prefix, Set<String> used) {
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        used.add(prefix + n);
        return prefix + n;
    }

    // ---------------------------------------------------------------- cells

    @Transactional(readOnly = true)
    public Map<CellRef, CellValue> cellsOfUnitReport(long reportId) {
        return cellsOfUnitReports(List.of(reportId)).getOrDefault(reportId, Map.of());
    }

    /** Report id → cell → value. */
    @Transactional(readOnly = true)
    public Map<Long, Map<CellRef, CellValue>> cellsOfUnitReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<CellRef, CellValue>> result = new LinkedHashMap<>();
        cells.findByUnitReportIdIn(reportIds).forEach(c -> result
                .computeIfAbsent(c.getUnitReportId(), k -> new LinkedHashMap<>()).put(c.ref(), c.toValue()));
        return result;
    }

    /**
     * Keeps a unit's typed cells of the {@code asked} forms, all or nothing: every cell is checked first and,
     * if any is wrong, {@link CellErrors} lists each with its cell and nothing is kept. Blank cells are
     * cleared; cells outside the unit's rows ({@link #rowsFor}) or the form's columns are refused.
     */
    public void saveForUnitReport(long reportId, List<AppendixForm> asked, long orgUnitId, List<CellInput> typed,
                                  String by, Instant at) {
        Map<Long, AppendixForm> byId = asked.stream().collect(Collectors.toMap(AppendixForm::id, f -> f));
        List<CellError> errors = new ArrayList<>();
        Map<CellRef, CellValue> keep = new LinkedHashMap<>();
        Set<CellRef> clear = new HashSet<>();
        for (CellInput input : typed) {
            CellRef ref = input.ref();
            Optional<FormColumn> column = placeOf(byId.get(input.formId()), orgUnitId, ref);
            if (column.isEmpty()) {
                errors.add(new CellError(ref, "appendix.error.unknownCell"));
                continue;
            }
            Optional<CellCheck.Outcome> outcome = CellCheck.check(ref, column.get(), input.value());
            if (outcome.isEmpty()) {
                clear.add(ref);
            } else if (outcome.get().error() != null) {
                errors.add(outcome.get().error());
            } else {
                keep.put(ref, outcome.get().value());
            }
        }
        if (!errors.isEmpty()) {
            throw new CellErrors(errors);
        }
        Map<CellRef, AppendixCellEntity> existing = new HashMap<>();
        cells.findByUnitReportIdIn(List.of(reportId)).forEach(c -> existing.put(c.ref(), c));
        clear.stream().map(existing::get).filter(c -> c != null).forEach(cells::delete);
        keep.forEach((ref, value) -> {
            AppendixCellEntity cell = existing.computeIfAbsent(ref, r -> new AppendixCellEntity(reportId, r));
            cell.record(value, by, at);
            cells.save(cell);
        });
        cells.flush();
    }

    private static Optional<FormColumn> placeOf(AppendixForm form, long orgUnitId, CellRef ref) {
        if (form == null || rowsFor(form, orgUnitId, "").stream().noneMatch(r -> r.key().equals(ref.rowKey()))) {
            return Optional.empty();
        }
        return form.columns().stream().filter(c -> c.key().equals(ref.columnKey())).findFirst();
    }
}
