package vn.congtactreem.base.api;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.congtactreem.base.i18n.TranslationProvider;

/**
 * An upload larger than the server takes answers 413 with a message a person can read, instead of an
 * empty body. Not limited to the application's controllers: the request is refused while it is read,
 * before any controller is chosen.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final MessageSource messages;
    private final DataSize maxFileSize;

    UploadTooLarge(MessageSource messages,
                   @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        String message = messages.getMessage("upload.error.tooLarge", new Object[] {maxFileSize.toMegabytes()},
                TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
        problem.setTitle(messages.getMessage("upload.error.tooLargeTitle", null, TranslationProvider.supported(locale)));
        problem.setProperty("errors", List.of(new ApiErrors.FieldError("file", message)));
        return problem;
    }
}
