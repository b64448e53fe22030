package org.homeward.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The application's own answer to every error the servlet container forwards: unknown addresses,
 * pages a role may not open, wrong methods. Pages get the translated error page (with the
 * navigation for a signed-in user); API addresses keep RFC 9457 problem details. It replaces
 * Spring Boot's bare "Whitelabel" page, which is neither translated nor right-to-left.
 */
@Controller
@RequestMapping("/error")
class ErrorPageController implements ErrorController {

    @RequestMapping
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = statusOf(request);
        WebProblemCode code = codeOf(status);
        String uri = originalUri(request);
        if (uri.startsWith("/api/") || wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detailOf(status));
            problem.setProperty("code", code.name());
            problem.setInstance(URI.create(uri.isEmpty() ? "/error" : uri));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(status);
        model.addAttribute("code", code.name());
        model.addAttribute("status", status);
        ModelAndView page = new ModelAndView("error/problem", model.asMap());
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    /** The status the container forwarded; a direct visit of /error is "nothing here". */
    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && HttpStatus.resolve(code) != null && code >= 400) {
            return code;
        }
        return 404;
    }

    static WebProblemCode codeOf(int status) {
        return switch (status) {
            case 400 -> WebProblemCode.REQUEST_INVALID;
            case 401 -> WebProblemCode.AUTHENTICATION_REQUIRED;
            case 403 -> WebProblemCode.ACCESS_DENIED;
            case 404 -> WebProblemCode.NOT_FOUND;
            case 405 -> WebProblemCode.METHOD_NOT_ALLOWED;
            case 413 -> WebProblemCode.REQUEST_TOO_LARGE;
            case 415 -> WebProblemCode.MEDIA_TYPE_UNSUPPORTED;
            default -> status >= 500 ? WebProblemCode.INTERNAL_ERROR : WebProblemCode.REQUEST_INVALID;
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 403 -> "Your role does not allow this";
            case 404 -> "Nothing here";
            case 405 -> "This method is not allowed here";
            default ->
                status >= 500
                        ? "Something went wrong on our side; nothing was saved"
                        : "The request cannot be served as sent";
        };
    }

    private static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && path.startsWith(context)
                ? path.substring(context.length())
                : path;
    }

    /** A client that asked for JSON and not for HTML, such as a script calling a page address. */
    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}
