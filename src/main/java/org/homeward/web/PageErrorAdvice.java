package org.homeward.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Shows a page's refusal (not found, not allowed) as a page in the user's language, with its status. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    private final LayoutAttributes layout = new LayoutAttributes();

    @ExceptionHandler(ProblemException.class)
    String problem(ProblemException exception, HttpServletResponse response, Model model) {
        return page(ProblemStatuses.of(exception), exception.code(), response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException exception, HttpServletResponse response, Model model) {
        return page(403, WebProblemCode.ACCESS_DENIED, response, model);
    }

    @ExceptionHandler({
        org.springframework.web.multipart.MultipartException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    String badForm(Exception exception, HttpServletResponse response, Model model) {
        return page(400, WebProblemCode.FORM_INCOMPLETE, response, model);
    }

    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    String formTooLong(Exception exception, HttpServletResponse response, Model model) {
        return page(400, WebProblemCode.FORM_INCOMPLETE, response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException exception, HttpServletResponse response, Model model) {
        return page(404, WebProblemCode.NOT_FOUND, response, model);
    }

    private String page(int status, ProblemCode code, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("code", code.name());
        model.addAttribute("status", status);
        layout.addTo(model);
        return "error/problem";
    }
}
