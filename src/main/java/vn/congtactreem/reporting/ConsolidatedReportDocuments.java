package vn.congtactreem.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.DocxFile;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;

/** A consolidated report as the official document its leader signs, and as a DOCX file. */
@Component
@Transactional(readOnly = true)
class ConsolidatedReportDocuments {

    private final ConsolidatedReports reports;
    private final PlanService plans;
    private final OrgService orgs;
    private final ReportFigures figures;
    private final ReportForms forms;

    ConsolidatedReportDocuments(ConsolidatedReports reports, PlanService plans, OrgService orgs,
                                ReportFigures figures, ReportForms forms) {
        this.forms = forms;
        this.reports = reports;
        this.plans = plans;
        this.orgs = orgs;
        this.figures = figures;
    }

    OfficialDocument document(UserAccount user, long id) {
        ConsolidatedReport report = reports.get(user, id);
        ReportingPeriod period = plans.period(report.periodId());
        Plan plan = plans.load(period.planId());
        String parent = orgs.find(report.orgUnitId()).map(OrgUnit::parentId).flatMap(orgs::find)
                .map(OrgUnit::name).orElse(null);
        return plans.signedConsolidatedReport(ConsolidatedReportDocumentBuilder.of(report, period, plan, parent,
                FiguresTable.of(figures.ofConsolidatedReport(id), plan.objectives())), plan, id)
                .withAppendices(vn.congtactreem.appendix.AppendixTables.totals(forms.ofConsolidatedReport(id)));
    }

    DocxFile documentFile(UserAccount user, long id) {
        ConsolidatedReport report = reports.get(user, id);
        int year = report.issuedOn() == null ? plans.period(report.periodId()).year() : report.issuedOn().getYear();
        return DocxFile.of(document(user, id), ConsolidatedReportDocumentBuilder.REPORT_SYMBOL, report.docNumber(),
                year, report.orgUnitName());
    }
}
