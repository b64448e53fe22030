package org.homeward.linkage;

import java.util.List;
import java.util.Map;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registration form's "possibly already registered" panel: the principal's likely duplicates in scope. */
@Controller
class LikelyDuplicatePanelController {

    private static final String PRINCIPAL = "members[0].";
    private final LikelyDuplicateService service;

    LikelyDuplicatePanelController(LikelyDuplicateService service) {
        this.service = service;
    }

    @PostMapping("/households/new/likely-duplicates")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String panel(@RequestParam Map<String, String> form, Model model) {
        IndividualDetails principal = new IndividualDetails("PRINCIPAL", field(form, "givenNameAr"),
                field(form, "givenNameLatin"), field(form, "fatherNameAr"), field(form, "fatherNameLatin"),
                field(form, "grandfatherNameAr"), field(form, "grandfatherNameLatin"), field(form, "familyNameAr"),
                field(form, "familyNameLatin"), field(form, "sex"), field(form, "birthDate"), null, null, null, null,
                List.of());
        LikelyDuplicates answer = service.check(new RegisterHouseholdRequest(null, null, List.of(principal)));
        model.addAttribute("ready", answer.ready());
        model.addAttribute("matches", answer.members().stream().flatMap(member -> member.matches().stream()).toList());
        return "linkage/likely-duplicates :: panel";
    }

    private static String field(Map<String, String> form, String name) {
        String value = form.get(PRINCIPAL + name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
