package vn.congtactreem.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.api.XlsxResponses;
import vn.congtactreem.plan.PlanSpreadsheets;
import vn.congtactreem.security.CurrentUser;

/** A plan's targets as an Excel workbook, for whoever may read the plan. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch")
class PlanSpreadsheetController {

    private final PlanSpreadsheets spreadsheets;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    PlanSpreadsheetController(PlanSpreadsheets spreadsheets, CurrentUser currentUser, MessageSource messages) {
        this.spreadsheets = spreadsheets;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/{id}/targets.xlsx")
    @Operation(summary = "The plan's targets as XLSX (TT, mã, chỉ tiêu, đơn vị tính, năm mốc, yêu cầu, năm gốc, "
            + "đơn vị chủ trì)")
    ResponseEntity<byte[]> targets(@PathVariable long id, Locale locale) {
        return XlsxResponses.of(spreadsheets.targets(currentUser.require(), id, Texts.of(messages, locale)));
    }
}
