package vn.congtactreem.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.appendix.CellErrors;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.FormTotals;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.FormSheet;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.security.CurrentUser;

/** The plan's appendix forms in a unit report (read, fill all or nothing) and added up in a consolidated report. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Phụ lục, biểu mẫu", description = "Appendix forms of unit and consolidated reports")
class ReportFormsController {

    private final ReportForms forms;
    private final ConsolidationService consolidation;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ReportFormsController(ReportForms forms, ConsolidationService consolidation, CurrentUser currentUser,
                          MessageSource messages) {
        this.forms = forms;
        this.consolidation = consolidation;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** A cell as the API gives it: where it is and its value as the form shows it. */
    record CellView(long formId, String rowKey, String columnKey, String value) {
    }

    /** A form of the unit report: the form, the unit's rows, its cells. */
    record SheetView(vn.congtactreem.appendix.AppendixForm form, List<vn.congtactreem.appendix.FormRow> rows,
                     List<CellView> cells) {
    }

    @GetMapping("/reports/{id}/forms")
    @Operation(summary = "The unit report's appendix forms, the unit's rows and the cells kept")
    List<SheetView> ofUnitReport(@PathVariable long id) {
        return forms.ofUnitReport(currentUser.require(), id).stream().map(ReportFormsController::view).toList();
    }

    @PutMapping("/reports/{id}/forms/cells")
    @Operation(summary = "Keeps the typed cells ({\"cells\": [{formId, rowKey, columnKey, value}, …]}), all or "
            + "nothing (a blank value clears the cell)")
    ResponseEntity<Void> saveCells(@PathVariable long id, @RequestBody(required = false) Cells body) {
        forms.saveCells(currentUser.require(), id, body == null || body.cells() == null ? List.of() : body.cells());
        return ResponseEntity.noContent().build();
    }

    /** The body of a save: an object, so that what cannot be read is refused after the right to write is checked. */
    record Cells(List<CellInput> cells) {
    }

    @GetMapping("/consolidated-reports/{id}/forms")
    @Operation(summary = "The consolidated report's appendix forms added up from its units and sub-areas")
    List<FormTotals> ofConsolidatedReport(@PathVariable long id) {
        consolidation.get(currentUser.require(), id);
        return forms.ofConsolidatedReport(id);
    }

    /** Every refused cell with its field ({@code forms[12].cells[r1][c2]}) and message; nothing was kept. */
    @ExceptionHandler(CellErrors.class)
    ProblemDetail refused(CellErrors e, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        List<FieldError> errors = e.errors().stream().map(err -> new FieldError(err.cell().field(),
                messages.getMessage(err.messageKey(), err.args(), supported))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).message());
        problem.setTitle(messages.getMessage("lanes.api.invalid.title", null, supported));
        problem.setType(URI.create("urn:congtactreem:validation"));
        problem.setProperty("errors", errors);
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    record FieldError(String field, String message) {
    }

    private static SheetView view(FormSheet sheet) {
        return new SheetView(sheet.form(), sheet.rows(), sheet.cells().entrySet().stream()
                .map(c -> new CellView(c.getKey().formId(), c.getKey().rowKey(), c.getKey().columnKey(),
                        c.getValue().display())).toList());
    }
}
