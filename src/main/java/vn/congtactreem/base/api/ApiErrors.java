package vn.congtactreem.base.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.congtactreem.base.audit.AuditTrail;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.DatabaseOutage;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;
    private final AuditTrail audit;

    ApiErrors(MessageSource messages, AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** One field's problem: {@code {"field": "periods[0].unitDue", "message": "..."}}. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(text(locale, "lanes.api.invalid.title"));
        problem.setType(URI.create("urn:congtactreem:validation"));
        problem.setProperty("errors", List.of(new FieldError(e.field(), message)));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** Too late: someone changed it first (see {@link ConflictException}); 409 with the message. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle(text(locale, "reliability.api.conflict.title"));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** Missing, or not the caller's to know about: 404 with the message, and nothing else. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setTitle(text(locale, "lanes.api.notFound.title"));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** A read of something the caller may not know exists: the same 404 as for an id never used. */
    @ExceptionHandler(NotVisibleException.class)
    ProblemDetail notVisible(NotVisibleException e, Locale locale, HttpServletRequest request) {
        refused(request, e);
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
        LOG.info("409 for a concurrent change: {}", e.toString());
        String message = messages.getMessage("concurrency.error.handledByOther", null,
                TranslationProvider.supported(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle(text(locale, "lanes.api.concurrent.title"));
        problem.setProperty("code", "concurrency.error.handledByOther");
        return problem;
    }

    /**
     * The database cannot be reached (PostgreSQL restarting, the pool timed out): nothing was written, the
     * caller is told to try again later (503 with {@code Retry-After}), never a 500. Any other failure of
     * these kinds is not this handler's: it is thrown on, as before.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class,
            jakarta.persistence.PersistenceException.class,
            org.hibernate.HibernateException.class,
            org.camunda.bpm.engine.ProcessEngineException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, Locale locale) {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        LOG.warn("503 while the database cannot be reached: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                text(locale, "reliability.outage.api.detail"));
        problem.setTitle(text(locale, "reliability.outage.title"));
        problem.setProperty("code", "reliability.outage");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler({NotAllowedException.class, AccessDeniedException.class})
    ProblemDetail notAllowed(RuntimeException e, Locale locale, HttpServletRequest request) {
        refused(request, e);
        String detail = e instanceof NotAllowedException refusal && refusal.messageKey() != null
                ? messages.getMessage(refusal.messageKey(), refusal.args(), TranslationProvider.supported(locale))
                : e.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle(text(locale, "lanes.api.notAllowed.title"));
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text(locale, "lanes.api.unreadable"));
        problem.setTitle(text(locale, "lanes.api.invalid.title"));
        problem.setProperty("errors", List.of(unreadableField(e, locale)));
        return problem;
    }

    /** Which field could not be read and why, without the parser's internals (class names, positions). */
    private FieldError unreadableField(Exception e, Locale locale) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return new FieldError(mismatch.getName(), text(locale, "lanes.api.wrongType"));
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
                    ? text(locale, "lanes.api.wholeNumber")
                    : text(locale, "lanes.api.wrongType"));
        }
        return new FieldError("body", text(locale, "lanes.api.notJson"));
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

    /** A refused access goes to the audit trail: who, which request, why. */
    private void refused(HttpServletRequest request, RuntimeException e) {
        audit.record("ACCESS_REFUSED", AuditTrail.Outcome.REFUSED, "REQUEST",
                request.getMethod() + " " + request.getRequestURI(), e.getMessage());
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, TranslationProvider.supported(locale));
    }
}
