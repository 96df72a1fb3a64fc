package vn.congtactreem.base.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.i18n.TranslationProvider;

/**
 * Errors of the domain API as RFC 7807 problem details. A broken rule answers 400 with the field
 * and its message in {@code errors}, in Vietnamese unless the caller asks for English.
 */
@RestControllerAdvice(basePackages = "vn.congtactreem")
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** One field's problem: {@code {"field": "periods[0].unitDue", "message": "..."}}. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(title(locale, "Dữ liệu chưa hợp lệ", "Invalid data"));
        problem.setType(URI.create("urn:congtactreem:validation"));
        problem.setProperty("errors", List.of(new FieldError(e.field(), message)));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** Missing, or not the caller's to know about: 404 with the message, and nothing else. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setTitle(title(locale, "Không tìm thấy", "Not found"));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** A read of something the caller may not know exists: the same 404 as for an id never used. */
    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException e, Locale locale) {
        return notFound(new NotFoundException("id", e.messageKey(), e.id()), locale);
    }

    /**
     * Two people (or two clicks) acting on the same thing at once: the engine or the database saw the
     * other one first and this transaction was rolled back whole, so nothing was written twice. The
     * loser is told so (409), never a server error.
     */
    @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
            org.springframework.dao.OptimisticLockingFailureException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail concurrent(RuntimeException e, Locale locale) {
        String message = messages.getMessage("concurrency.error.handledByOther", null,
                TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle(title(locale, "Đã được xử lý", "Already handled"));
        problem.setProperty("code", "concurrency.error.handledByOther");
        return problem;
    }

    @ExceptionHandler({NotAllowedException.class, AccessDeniedException.class})
    ProblemDetail notAllowed(RuntimeException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(title(locale, "Không có quyền", "Not allowed"));
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                title(locale, "Không đọc được dữ liệu gửi lên: kiểm tra kiểu dữ liệu (ngày dạng yyyy-MM-dd, số).",
                        "The request body could not be read: check the types (dates as yyyy-MM-dd, numbers)."));
        problem.setTitle(title(locale, "Dữ liệu chưa hợp lệ", "Invalid data"));
        problem.setProperty("errors", List.of(unreadableField(e, locale)));
        return problem;
    }

    /** Which field could not be read and why, without the parser's internals (class names, positions). */
    private FieldError unreadableField(Exception e, Locale locale) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return new FieldError(mismatch.getName(), title(locale, "Giá trị không đúng kiểu.", "Wrong type."));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            Class<?> type = mapping instanceof MismatchedInputException input ? input.getTargetType() : null;
            boolean whole = type != null && (type == Long.class || type == long.class || type == Integer.class
                    || type == int.class || type == Short.class || type == short.class);
            if (type == String.class) {
                return new FieldError(field, messages.getMessage("text.error.control", null,
                        TranslationProvider.supported(locale)));
            }
            return new FieldError(field, whole
                    ? title(locale, "Phải là số nguyên (không nhập số thập phân), tối đa 18 chữ số.",
                            "Must be a whole number (no decimals), at most 18 digits.")
                    : title(locale, "Giá trị không đúng kiểu.", "Wrong type."));
        }
        return new FieldError("body", title(locale, "Nội dung không phải JSON hợp lệ.", "The body is not valid JSON."));
    }

    /** "values[0].numerator" from Jackson's path. */
    private static String path(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String title(Locale locale, String vietnamese, String english) {
        return "en".equals(TranslationProvider.supported(locale).getLanguage()) ? english : vietnamese;
    }
}
