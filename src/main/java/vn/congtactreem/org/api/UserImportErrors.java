package vn.congtactreem.org.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.org.UserImportException;

/**
 * A refused CSV user import as RFC 7807 problem details: 400 with every problem in {@code errors},
 * each with its row (the file's line), column (as in the header: "username", "role"…) and message.
 */
@RestControllerAdvice(basePackages = "vn.congtactreem")
class UserImportErrors {

    private final MessageSource messages;

    UserImportErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code {"row": 3, "column": "role", "message": "..."}}; row and column null for the whole file. */
    record RowError(Integer row, String column, String message) {
    }

    @ExceptionHandler(UserImportException.class)
    ProblemDetail refused(UserImportException e, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("userImport.problem.detail", new Object[] {e.errors().size()}, supported));
        problem.setTitle(messages.getMessage("userImport.problem.title", null, supported));
        problem.setType(URI.create("urn:congtactreem:user-import"));
        problem.setProperty("errors", e.errors().stream().map(error -> new RowError(
                error.line() > 0 ? error.line() : null, error.column(),
                messages.getMessage(error.messageKey(), error.args().toArray(), supported))).toList());
        return problem;
    }
}
