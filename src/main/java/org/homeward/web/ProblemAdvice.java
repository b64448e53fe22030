package org.homeward.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into an RFC 9457 problem: bad input is a 4xx naming the
 * fields at fault, never a 500; unexpected failures are logged without request data.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException exception, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(ProblemStatuses.of(exception)), exception.getMessage());
        problem.setProperty("code", exception.code().name());
        if (!exception.fieldProblems().isEmpty()) {
            problem.setProperty("errors", exception.fieldProblems());
        }
        ResponseEntity<ProblemDetail> answer = answer(problem, request);
        java.util.Map<String, String> headers = ProblemStatuses.headers(exception);
        if (headers.isEmpty()) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answerHeaders -> headers.forEach(answerHeaders::add))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        return answer(UnreadableBodies.problem(exception), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, HttpServletRequest request) {
        List<ProblemException.FieldProblem> problems = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new ProblemException.FieldProblem(
                        error.getField(), limitCode(error.getCode()), error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request is beyond the limits of "
                        + problems.stream()
                                .map(ProblemException.FieldProblem::field)
                                .distinct()
                                .collect(java.util.stream.Collectors.joining(", ")));
        problem.setProperty(
                "code",
                (problems.isEmpty()
                                ? WebProblemCode.REQUEST_INVALID
                                : problems.get(0).code())
                        .name());
        problem.setProperty("errors", problems);
        return answer(problem, request);
    }

    /** The constraint names that request records use, as problem codes. */
    private static WebProblemCode limitCode(String constraint) {
        if ("Min".equals(constraint) || "Max".equals(constraint)) {
            return WebProblemCode.PARAMETER_OUT_OF_RANGE;
        }
        return "Size".equals(constraint) ? WebProblemCode.TOO_MANY_ELEMENTS : WebProblemCode.REQUEST_INVALID;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception exception, HttpServletRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : ((MissingServletRequestParameterException) exception).getParameterName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The parameter '" + name + "' is missing or has the wrong form");
        problem.setProperty("code", CommonProblemCode.PARAMETER_INVALID.name());
        problem.setProperty(
                "errors",
                List.of(new ProblemException.FieldProblem(
                        name, CommonProblemCode.PARAMETER_INVALID, "Missing or of the wrong form")));
        return answer(problem, request);
    }

    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ResponseEntity<ProblemDetail> beyondLimit(Exception exception, HttpServletRequest request) {
        return simple(
                HttpStatus.BAD_REQUEST,
                "A list parameter names an index beyond " + FormBindingLimits.MAX_LIST_INDEX,
                CommonProblemCode.PARAMETER_INVALID,
                request);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(Exception exception, HttpServletRequest request) {
        return simple(
                HttpStatus.BAD_REQUEST,
                "Send the file as multipart/form-data",
                WebProblemCode.UPLOAD_EXPECTED,
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
        return simple(
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than allowed",
                WebProblemCode.UPLOAD_TOO_LARGE,
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException exception, HttpServletRequest request) {
        return simple(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send application/json",
                WebProblemCode.MEDIA_TYPE_UNSUPPORTED,
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException exception, HttpServletRequest request) {
        return simple(
                HttpStatus.METHOD_NOT_ALLOWED,
                "This method is not allowed here",
                WebProblemCode.METHOD_NOT_ALLOWED,
                request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException exception, HttpServletRequest request) {
        return simple(HttpStatus.NOT_FOUND, "Nothing here", WebProblemCode.NOT_FOUND, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException exception, HttpServletRequest request) {
        return simple(HttpStatus.FORBIDDEN, "Your role does not allow this", WebProblemCode.ACCESS_DENIED, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        // The message and request may hold personal data: log only the type and where it was thrown.
        StackTraceElement where =
                exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        log.error(
                "Unexpected {} at {} answering {} {}",
                exception.getClass().getName(),
                where,
                request.getMethod(),
                request.getRequestURI());
        return simple(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was saved",
                WebProblemCode.INTERNAL_ERROR,
                request);
    }

    private static ResponseEntity<ProblemDetail> simple(
            HttpStatus status, String detail, ProblemCode code, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code.name());
        return answer(problem, request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
