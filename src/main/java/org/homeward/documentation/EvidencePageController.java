package org.homeward.documentation;

import java.util.UUID;
import org.homeward.registry.HouseholdQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The evidence pages: a household's files and property locker with their upload forms, and one file with its custody. */
@Controller
@RequestMapping("/evidence")
@PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
class EvidencePageController {

    private final EvidenceService evidence;
    private final PropertyLockerService lockers;
    private final HouseholdQueries households;

    EvidencePageController(EvidenceService evidence, PropertyLockerService lockers, HouseholdQueries households) {
        this.evidence = evidence;
        this.lockers = lockers;
        this.households = households;
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("reference", households.find(id).reference());
        model.addAttribute("householdId", id);
        model.addAttribute("files", evidence.ofHousehold(id));
        model.addAttribute("locker", lockers.locker(id));
        return "evidence/household";
    }

    @PostMapping("/households/{id}")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) UUID stepId,
            Model model) {
        households.find(id);
        try {
            EvidenceFile added = evidence.add(id, EvidenceUploads.read(file, title, caseId, stepId));
            return "redirect:/evidence/files/" + added.id() + "?added";
        } catch (EvidenceRefusedException refused) {
            model.addAttribute("uploadProblem", refused);
            return household(id, model);
        }
    }

    @PostMapping("/households/{id}/locker")
    String addToLocker(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String document,
            Model model) {
        households.find(id);
        try {
            lockers.addVersion(id, document, EvidenceUploads.read(file, null, null, null));
            return "redirect:/evidence/households/" + id + "?locked";
        } catch (EvidenceRefusedException refused) {
            model.addAttribute("lockerProblem", refused);
            return household(id, model);
        }
    }

    @GetMapping("/files/{fileId}")
    String file(@PathVariable UUID fileId, Model model) {
        EvidenceFile file = evidence.view(fileId);
        model.addAttribute("file", file);
        model.addAttribute("reference", households.find(file.householdId()).reference());
        model.addAttribute("custody", evidence.custody(fileId));
        return "evidence/file";
    }

    @GetMapping("/files/{fileId}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID fileId) {
        return EvidenceApiController.attachment(evidence.download(fileId));
    }
}
