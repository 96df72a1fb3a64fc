package vn.congtactreem.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.api.XlsxResponses;
import vn.congtactreem.reporting.ReportSpreadsheets;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.security.CurrentUser;

/**
 * Reports as Excel workbooks: figures against targets (unit and consolidated), the unit's template,
 * and the upload of a filled template (all or nothing: 400 with every error by sheet, row and column).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo đơn vị")
class ReportSpreadsheetController {

    private final ReportSpreadsheets spreadsheets;
    private final ReportingService reporting;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ReportSpreadsheetController(ReportSpreadsheets spreadsheets, ReportingService reporting, CurrentUser currentUser,
                                MessageSource messages) {
        this.spreadsheets = spreadsheets;
        this.reporting = reporting;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/reports/{id}/figures.xlsx")
    @Operation(summary = "The unit's figures against its targets as XLSX, with the sheet 'Nguồn số liệu'")
    ResponseEntity<byte[]> unitFigures(@PathVariable long id, Locale locale) {
        return XlsxResponses.of(spreadsheets.unitFigures(currentUser.require(), id, Texts.of(messages, locale)));
    }

    @GetMapping("/consolidated-reports/{id}/figures.xlsx")
    @Operation(summary = "The rolled-up figures against the plan's targets as XLSX, with each contribution")
    ResponseEntity<byte[]> consolidatedFigures(@PathVariable long id, Locale locale) {
        return XlsxResponses.of(spreadsheets.consolidatedFigures(currentUser.require(), id,
                Texts.of(messages, locale)));
    }

    @GetMapping("/reports/{id}/template.xlsx")
    @Operation(summary = "The unit's template: its indicators, targets and saved values, to fill offline")
    ResponseEntity<byte[]> template(@PathVariable long id, Locale locale) {
        return XlsxResponses.of(spreadsheets.template(currentUser.require(), id, Texts.of(messages, locale)));
    }

    @PostMapping(path = "/reports/{id}/values.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the filled template (form field 'file', .xlsx ≤ 5 MB; reporter): all or nothing, "
            + "400 with every error by sheet, row and column")
    UnitReport importValues(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        spreadsheets.importValues(currentUser.require(), id, file.getBytes());
        return reporting.get(currentUser.require(), id);
    }
}
