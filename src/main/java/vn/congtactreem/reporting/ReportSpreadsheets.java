package vn.congtactreem.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.IndicatorWorkbooks;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.ValuesImport;
import vn.congtactreem.document.ValuesTemplate;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * Reports as spreadsheets, for the screens and the API alike: a report's figures against its targets,
 * the unit's template with its indicators (pre-filled with what is saved), and the import of a filled
 * template — all or nothing: every problem of the file is listed and nothing is saved unless there
 * is none. Whoever may read a report may download it; only the unit's reporters import, while they
 * may still change the report.
 */
@Service
@Transactional(readOnly = true)
public class ReportSpreadsheets {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final ReportFigures figures;
    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final PlanService plans;
    private final String baseUrl;

    public ReportSpreadsheets(ReportingService reporting, ConsolidationService consolidation, ReportFigures figures,
                              IndicatorValues values, IndicatorCatalog catalog, PlanService plans,
                              @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.figures = figures;
        this.values = values;
        this.catalog = catalog;
        this.plans = plans;
        this.baseUrl = baseUrl;
    }

    /** Whether the report asks for any indicator (a template would be empty otherwise). */
    public boolean asksForValues(long reportId) {
        return !figures.askedOf(reportId).isEmpty();
    }

    /** The unit's figures against its targets, and where they come from. */
    public XlsxFile unitFigures(UserAccount user, long reportId, Texts texts) {
        UnitReport report = reporting.get(user, reportId);
        return figuresFile(texts, report.orgUnitName(), report.periodId(), figures.ofUnitReport(reportId));
    }

    /** Every target of the plan with the organisation's rolled-up figure, and each contribution. */
    public XlsxFile consolidatedFigures(UserAccount user, long consolidatedReportId, Texts texts) {
        ConsolidatedReport report = consolidation.get(user, consolidatedReportId);
        return figuresFile(texts, report.orgUnitName(), report.periodId(),
                figures.ofConsolidatedReport(consolidatedReportId));
    }

    /** The template the unit fills offline: its indicators, their targets, the values saved so far. */
    public XlsxFile template(UserAccount user, long reportId, Texts texts) {
        UnitReport report = reporting.get(user, reportId);
        ReportingPeriod period = plans.period(report.periodId());
        Plan plan = plans.load(report.planId());
        Map<Long, Reading> saved = values.ofUnitReport(reportId);
        Map<Long, List<Target>> targetsOf = figures.ofUnitReport(reportId).stream().map(TargetFigure::target)
                .collect(Collectors.groupingBy(t -> t.indicator().id(), LinkedHashMap::new, Collectors.toList()));
        List<ValuesTemplate.Line> lines = figures.askedOf(reportId).stream()
                .map(i -> new ValuesTemplate.Line(i, requirement(texts, targetsOf.getOrDefault(i.id(), List.of())),
                        saved.get(i.id()))).toList();
        // grouped as the screens and the figures workbook group them: by the objective of the indicator's target
        var groups = vn.congtactreem.indicator.ObjectiveGroups.of(lines, l -> targetsOf.getOrDefault(
                l.indicator().id(), List.of()).stream().map(Target::objective).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null), plan.objectives());
        String periodLabel = texts.get("period.kind." + period.kind().name(), period.year());
        byte[] content = ValuesTemplate.writeGrouped(texts, new ValuesTemplate.Heading(reportId, report.orgUnitName(),
                plan.title(), periodLabel), groups);
        return XlsxFile.named(texts.get("xlsx.file.template", report.orgUnitName(), periodLabel), content);
    }

    /**
     * Reads a filled template and saves its values as a draft, keeping the report's texts; throws
     * {@link SpreadsheetImportException} with every problem and saves nothing if there is any.
     *
     * @return how many indicator rows were read
     */
    @Transactional
    public int importValues(UserAccount reporter, long reportId, byte[] content) {
        reporting.requireEditable(reporter, reportId);
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new SpreadsheetImportException(List.of(SheetError.ofFile("", "xlsx.error.tooBig",
                    MAX_UPLOAD_BYTES / (1024 * 1024))));
        }
        List<Indicator> asked = figures.askedOf(reportId);
        ValuesImport.Result result = ValuesImport.read(content, reportId, asked, catalog::byCode);
        if (!result.ok()) {
            throw new SpreadsheetImportException(result.errors());
        }
        UnitReport current = reporting.get(reporter, reportId);
        // saveDraft writes the texts as given: pass them as saved so the import changes only the values
        reporting.saveDraft(reporter, reportId, new UnitReportForm(current.results(), current.difficulties(),
                current.proposals(), result.readings()));
        return result.readings().size();
    }

    private XlsxFile figuresFile(Texts texts, String orgUnitName, long periodId, List<TargetFigure> rows) {
        ReportingPeriod period = plans.period(periodId);
        Plan plan = plans.load(period.planId());
        String periodLabel = texts.get("period.kind." + period.kind().name(), period.year());
        byte[] content = IndicatorWorkbooks.figures(texts, texts.get("xlsx.figures.title", orgUnitName),
                texts.get("xlsx.figures.subtitle", plan.title(), periodLabel),
                rows.stream().map(r -> new IndicatorWorkbooks.FigureRow(r.target(), r.figure(), r.status(),
                        r.lastYear())).toList(), plan.objectives(), baseUrl);
        return XlsxFile.named(texts.get("xlsx.file.figures", orgUnitName, periodLabel), content);
    }

    /** "> 95 %", or for several milestone years "2025: > 95 %; 2030: > 98 %". */
    /**
     * "Chỉ tiêu 3: > 95 %" (the plan's own number), or for several milestone years
     * "Chỉ tiêu 3: 2025: > 95 %; Chỉ tiêu 4: 2030: > 98 %"; null for an indicator no target of the unit names.
     */
    private static String requirement(Texts texts, List<Target> targets) {
        if (targets.isEmpty()) {
            return null;
        }
        return targets.stream().map(t -> texts.get("objectives.target.heading", t.number()) + ": "
                + (targets.size() == 1 ? "" : t.milestoneYear() + ": ") + t.requirement())
                .collect(Collectors.joining("; "));
    }
}
