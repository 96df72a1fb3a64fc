package vn.congtactreem.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.TargetFigure;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.Comment;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.document.DocxFile;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.security.CurrentUser;

/** Consolidated reports: written by the officer, approved by the leader, then submitted upward by the system. */
@RestController
@RequestMapping("/api/v1/consolidated-reports")
@Tag(name = "Báo cáo tổng hợp", description = "An organisation's consolidated report for a period")
class ConsolidatedReportController {

    private final ConsolidationService consolidation;
    private final CurrentUser currentUser;

    private final ReportFigures figures;

    ConsolidatedReportController(ConsolidationService consolidation, CurrentUser currentUser, ReportFigures figures) {
        this.figures = figures;
        this.consolidation = consolidation;
        this.currentUser = currentUser;
    }

    /** The officer's text and the organisation's own figures (targets no unit answers for; null keeps them). */
    record Summary(String summary, List<Reading> values) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "The report; its ETag (and version) goes back as If-Match with the officer's save or submission")
    ResponseEntity<ConsolidatedReport> get(@PathVariable long id) {
        return withETag(consolidation.get(currentUser.require(), id));
    }

    @GetMapping("/{id}/accepted-since")
    @Operation(summary = "The unit reports accepted since the figures were aggregated (not in them yet)")
    java.util.Map<String, Object> acceptedSince(@PathVariable long id) {
        consolidation.get(currentUser.require(), id);
        List<Long> ids = figures.acceptedSinceSnapshot(id);
        return java.util.Map.of("count", ids.size(), "reportIds", ids);
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "Every target of the plan with the rolled-up figure, its status, last year's figure and the reports it came from")
    List<TargetFigure> figures(@PathVariable long id) {
        consolidation.get(currentUser.require(), id);
        return figures.ofConsolidatedReport(id);
    }

    @GetMapping("/{id}/document.docx")
    @Operation(summary = "The report as the document to sign (DOCX, Nghị định 30 layout); numbered once approved")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        DocxFile file = consolidation.documentFile(currentUser.require(), id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .contentType(MediaType.parseMediaType(DocxFile.CONTENT_TYPE)).body(file.content());
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Save the consolidated report as it is (officer); with If-Match, refused (409) if someone "
            + "saved it since")
    ResponseEntity<ConsolidatedReport> saveDraft(@PathVariable long id, @RequestBody Summary body,
                                                 @RequestHeader(value = IfMatch.HEADER, required = false)
                                                 String ifMatch) {
        return withETag(consolidation.saveDraft(currentUser.require(), id, body.summary(), body.values(),
                IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit for the leader's approval (officer); with If-Match, refused (409) if someone saved "
            + "it since")
    ResponseEntity<ConsolidatedReport> submit(@PathVariable long id, @RequestBody(required = false) Summary body,
                                              @RequestHeader(value = IfMatch.HEADER, required = false)
                                              String ifMatch) {
        return withETag(consolidation.submitForApproval(currentUser.require(), id,
                body == null ? null : body.summary(), body == null ? null : body.values(), IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<ConsolidatedReport> withETag(ConsolidatedReport report) {
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(report);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve: the system submits it to the upper level (leader); staleSeen=true approves "
            + "figures that miss reports accepted since they were aggregated (refused otherwise)")
    ConsolidatedReport approve(@PathVariable long id,
                               @RequestParam(name = "staleSeen", defaultValue = "false") boolean staleSeen) {
        return consolidation.approve(currentUser.require(), id, staleSeen);
    }

    @PostMapping("/{id}/refresh")
    @Operation(summary = "Take the reports accepted since aggregation into the figures and the missing list "
            + "(officer, while writing)")
    ConsolidatedReport refresh(@PathVariable long id) {
        return consolidation.refresh(currentUser.require(), id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return with a comment (leader)")
    ConsolidatedReport returnForChanges(@PathVariable long id, @RequestBody Comment body) {
        return consolidation.returnForChanges(currentUser.require(), id, body.comment());
    }
}
