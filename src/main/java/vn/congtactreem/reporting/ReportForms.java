package vn.congtactreem.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.AppendixWorkbooks;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;
import vn.congtactreem.appendix.FormTotals;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;

/**
 * The plan's appendix forms in the reports: what a unit fills in its report (its rows of each form) and keeps
 * while it may still change the report, and each form added up in a consolidated report
 * ({@link ConsolidatedForms}).
 */
@Service
@Transactional
public class ReportForms {

    private final UnitReportReads reads;
    private final UnitReportWriting writing;
    private final ConsolidatedReportRepository consolidated;
    private final ConsolidatedForms rollUp;
    private final PlanService plans;
    private final AppendixForms forms;
    private final CycleClock clock;

    ReportForms(UnitReportReads reads, UnitReportWriting writing, ConsolidatedReportRepository consolidated,
                ConsolidatedForms rollUp, PlanService plans, AppendixForms forms, CycleClock clock) {
        this.reads = reads;
        this.writing = writing;
        this.consolidated = consolidated;
        this.rollUp = rollUp;
        this.plans = plans;
        this.forms = forms;
        this.clock = clock;
    }

    /** The forms of a unit report the user may read, with the unit's rows and cells; none for a sub-area's. */
    @Transactional(readOnly = true)
    public List<FormSheet> ofUnitReport(UserAccount user, long reportId) {
        UnitReport report = reads.get(user, reportId);
        if (report.subArea()) {
            return List.of();
        }
        Map<CellRef, CellValue> cells = forms.cellsOfUnitReport(reportId);
        return asked(reads.require(reportId)).stream()
                .map(f -> new FormSheet(f, AppendixForms.rowsFor(f, report.orgUnitId(), report.orgUnitName()), cells))
                .toList();
    }

    /**
     * Keeps the unit's typed cells, all or nothing ({@link vn.congtactreem.appendix.CellErrors} names every
     * wrong cell), while its unit may still change the report.
     */
    public void saveCells(UserAccount reporter, long reportId, List<CellInput> typed) {
        reads.lock(reportId);
        UnitReportEntity report = writing.requireEditable(reporter, reportId);
        forms.saveForUnitReport(reportId, asked(report), report.getOrgUnitId(), typed, reporter.username(),
                clock.now());
    }

    /** The cells the unit must still fill before it submits ({@link vn.congtactreem.appendix.FormCompleteness}). */
    @Transactional(readOnly = true)
    public List<vn.congtactreem.appendix.CellError> missingCells(UserAccount user, long reportId) {
        UnitReport report = reads.get(user, reportId);
        return report.subArea() ? List.of() : vn.congtactreem.appendix.FormCompleteness.missing(
                asked(reads.require(reportId)), report.orgUnitId(), report.orgUnitName(),
                forms.cellsOfUnitReport(reportId));
    }

    /** The unit's forms as a workbook to fill offline, with what is saved so far. */
    @Transactional(readOnly = true)
    public vn.congtactreem.document.XlsxFile template(UserAccount user, long reportId,
                                                     vn.congtactreem.document.Texts texts) {
        UnitReport report = reads.get(user, reportId);
        byte[] content = AppendixWorkbooks.template(texts, report.orgUnitName(), parts(user, reportId));
        return vn.congtactreem.document.XlsxFile.named(texts.get("appendix.xlsx.file", report.orgUnitName()),
                content);
    }

    /**
     * Reads a filled workbook and keeps its cells, all or nothing: throws
     * {@link vn.congtactreem.document.SpreadsheetImportException} with every problem and keeps nothing if any.
     *
     * @return how many cells were read (blank ones included: they clear the cell)
     */
    public int importCells(UserAccount reporter, long reportId, byte[] content) {
        writing.requireEditable(reporter, reportId);
        if (content.length > ReportSpreadsheets.MAX_UPLOAD_BYTES) {
            throw new vn.congtactreem.document.SpreadsheetImportException(List.of(
                    vn.congtactreem.document.SheetError.ofFile("", "xlsx.error.tooBig",
                            ReportSpreadsheets.MAX_UPLOAD_BYTES / (1024 * 1024))));
        }
        AppendixWorkbooks.Result result = AppendixWorkbooks.read(content, parts(reporter, reportId));
        if (!result.ok()) {
            throw new vn.congtactreem.document.SpreadsheetImportException(result.errors());
        }
        saveCells(reporter, reportId, result.cells());
        return result.cells().size();
    }

    private List<AppendixWorkbooks.Part> parts(UserAccount user, long reportId) {
        return ofUnitReport(user, reportId).stream()
                .map(s -> new AppendixWorkbooks.Part(s.form(), s.rows(), s.cells())).toList();
    }

    /** Every form of the plan added up for the consolidated report (for the system: no scope check). */
    @Transactional(readOnly = true)
    public List<FormTotals> ofConsolidatedReport(long consolidatedReportId) {
        return rollUp.of(consolidated.findById(consolidatedReportId).orElseThrow(() -> notFound(consolidatedReportId)),
                id -> consolidated.findById(id).orElseThrow(() -> notFound(id)));
    }

    private List<AppendixForm> asked(UnitReportEntity report) {
        return report.isSubArea() ? List.of() : forms.ofPlan(plans.period(report.getPeriodId()).planId());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("report", UnitReportReads.NOT_FOUND, id);
    }
}
