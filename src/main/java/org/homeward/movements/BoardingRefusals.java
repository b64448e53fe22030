package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shows a refused boarding, arrival, alert or visit on the page it came from: the problem's code and its fields' codes. */
final class BoardingRefusals {

    private BoardingRefusals() {}

    static void onNextPage(ProblemException refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", refused.code().name());
        redirect.addFlashAttribute("refusalDetails", details(refused));
    }

    static void onThisPage(ProblemException refused, Model model) {
        model.addAttribute("refusal", refused.code().name());
        model.addAttribute("refusalDetails", details(refused));
    }

    private static List<String> details(ProblemException refused) {
        return refused.fieldProblems().stream()
                .map(field -> field.code().name())
                .filter(code -> !code.equals(refused.code().name()))
                .toList();
    }
}
