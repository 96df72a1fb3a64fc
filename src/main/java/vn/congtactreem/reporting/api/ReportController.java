package vn.congtactreem.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.TargetFigure;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.api.IfMatch;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.Comment;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.CurrentUser;

/** Unit reports: acknowledge, save, submit (unit); accept or return (officer); a period's reports. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo đơn vị", description = "Unit reports for a reporting period")
class ReportController {

    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final ReportFigures figures;

    ReportController(ReportingService reporting, ConsolidationService consolidation, PlanService plans,
                     CurrentUser currentUser, ReportFigures figures) {
        this.figures = figures;
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @GetMapping("/periods/{periodId}/reports")
    @Operation(summary = "The unit reports of a period the caller may see")
    List<UnitReport> ofPeriod(@PathVariable long periodId) {
        return reporting.ofPeriod(currentUser.require(), periodId);
    }

    @GetMapping("/periods/{periodId}/consolidated-report")
    @Operation(summary = "The plan organisation's consolidated report of the period, once aggregated")
    ResponseEntity<ConsolidatedReport> consolidatedOfPeriod(@PathVariable long periodId) {
        long orgUnitId = plans.load(plans.period(periodId).planId()).orgUnitId();
        return consolidation.ofPeriod(periodId, orgUnitId)
                .map(report -> {
                    try {
                        return consolidation.get(currentUser.require(), report.id());
                    } catch (NotVisibleException notTheirs) {
                        // the period's answer for a stranger, naming neither the report nor its id
                        throw new NotVisibleException("period.error.notFound", periodId);
                    }
                })
                .map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "The report; its ETag (and version) goes back as If-Match with a change")
    ResponseEntity<UnitReport> get(@PathVariable long id) {
        UnitReport report = reporting.get(currentUser.require(), id);
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(report);
    }

    @GetMapping("/reports/{id}/figures")
    @Operation(summary = "The unit's targets with its figures, their status and last year's figures")
    List<TargetFigure> figures(@PathVariable long id) {
        reporting.get(currentUser.require(), id);
        return figures.ofUnitReport(id);
    }

    @PostMapping("/reports/{id}/acknowledge")
    @Operation(summary = "The unit confirms its assignment (reporter)")
    UnitReport acknowledge(@PathVariable long id) {
        reporting.acknowledge(currentUser.require(), id);
        return reporting.get(currentUser.require(), id);
    }

    @PutMapping("/reports/{id}/draft")
    @Operation(summary = "Save the report as it is (reporter); with If-Match, 409 if it changed since")
    UnitReport saveDraft(@PathVariable long id, @RequestBody UnitReportForm body,
                         @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return reporting.saveDraft(currentUser.require(), id, body, IfMatch.version(ifMatch));
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "Submit the report; after the last day it is accepted and marked late (reporter)")
    UnitReport submit(@PathVariable long id, @RequestBody(required = false) UnitReportForm body,
                      @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return reporting.submit(currentUser.require(), id, body, IfMatch.version(ifMatch));
    }

    @PostMapping("/reports/{id}/accept")
    @Operation(summary = "Accept and lock the report (officer)")
    UnitReport accept(@PathVariable long id) {
        return reporting.accept(currentUser.require(), id);
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "Return the report with a comment (officer)")
    UnitReport returnForChanges(@PathVariable long id, @RequestBody Comment body) {
        return reporting.returnForChanges(currentUser.require(), id, body.comment());
    }
}
