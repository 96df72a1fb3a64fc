package vn.congtactreem.document.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.Texts;

/**
 * A refused workbook as RFC 7807 problem details, like every other error of the API: 400 with every
 * problem in {@code errors}, each with its sheet, row (as Excel numbers it), column letter, cell
 * ("E5") and message, in Vietnamese unless the caller asks for English.
 */
@RestControllerAdvice(basePackages = "vn.congtactreem")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SpreadsheetErrors {

    private final MessageSource messages;

    SpreadsheetErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code {"sheet": "Số liệu", "row": 5, "column": "E", "cell": "E5", "message": "..."}}. */
    record CellError(String sheet, Integer row, String column, String cell, String message) {
    }

    @ExceptionHandler(SpreadsheetImportException.class)
    ProblemDetail refused(SpreadsheetImportException e, Locale locale) {
        Texts texts = Texts.of(messages, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                texts.get("xlsx.problem.detail", e.errors().size()));
        problem.setTitle(texts.get("xlsx.problem.title"));
        problem.setType(URI.create("urn:congtactreem:spreadsheet"));
        problem.setProperty("errors", e.errors().stream().map(error -> new CellError(error.sheet(), error.row(),
                error.column(), error.cell(), error.message(texts))).toList());
        return problem;
    }

}
