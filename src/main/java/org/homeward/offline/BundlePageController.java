package org.homeward.offline;

import java.io.IOException;
import java.io.InputStream;
import org.homeward.access.CurrentAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The supervisors' page that imports an outbox bundle carried from a device without a connection. */
@Controller
class BundlePageController {

    private final OfflineBundleImport bundles;
    private final CurrentAccess access;

    BundlePageController(OfflineBundleImport bundles, CurrentAccess access) {
        this.bundles = bundles;
        this.access = access;
    }

    @GetMapping("/offline/bundles")
    String form(Model model) {
        model.addAttribute("maximumMegabytes", bundles.maximumBytes() / (1024 * 1024));
        return "offline/bundles";
    }

    @PostMapping("/offline/bundles")
    String importBundle(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("maximumMegabytes", bundles.maximumBytes() / (1024 * 1024));
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusalCode", "BUNDLE_FILE_MISSING");
            model.addAttribute("refusalMessage", "Choose the bundle file to import");
            return "offline/bundles";
        }
        try {
            model.addAttribute(
                    "report", bundles.importBundle(readAtMost(file, bundles.maximumBytes()), access.actor()));
        } catch (BundleRefusedException refused) {
            model.addAttribute("refusalCode", refused.code().name());
            model.addAttribute("refusalMessage", refused.getMessage());
        }
        return "offline/bundles";
    }

    /** Reads one byte more than allowed at most, so that a file too large is told without reading it all. */
    private static byte[] readAtMost(MultipartFile file, long maximum) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximum + 1));
        }
    }
}
