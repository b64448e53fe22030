package org.homeward.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's own password: chosen here after an administrator's reset (the only page open
 * until then) or whenever they wish. Once changed they sign in again, so that the session no longer
 * carries the one-time password's mark.
 */
@Controller
@RequestMapping(PasswordChangeRequiredFilter.FORM)
class AccountPageController {

    private final UserService users;

    AccountPageController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String form(Principal principal, Model model) {
        model.addAttribute("required", users.passwordChangeRequired(principal.getName()));
        return "account/password";
    }

    @PostMapping
    String change(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String chosen,
            @RequestParam(required = false) String repeated,
            Principal principal,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws ServletException {
        try {
            users.changeOwnPassword(principal.getName(), current, chosen, repeated);
        } catch (WeakPasswordException weak) {
            return refused(model, principal, response, null, weak.getMessage());
        } catch (UserProblemException problem) {
            return refused(
                    model,
                    principal,
                    response,
                    problem.code().map(AccessProblemCode::name).orElse(null),
                    problem.getMessage());
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }

    private String refused(
            Model model, Principal principal, HttpServletResponse response, String code, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("required", users.passwordChangeRequired(principal.getName()));
        model.addAttribute("problemCode", code);
        model.addAttribute("problem", message);
        return "account/password";
    }
}
