package org.homeward.offline;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemCode;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Purpose;
import org.homeward.registry.RegistryProblemCode;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The offline registration page (one address per language, so that the service worker keeps both), the
 * service worker itself, and the supervisors' page of devices.
 */
@Controller
class OfflinePageController {

    /**
     * The codes a sync can refuse a record with: the page shows their text in its own language, whatever the
     * language the refusal arrived in.
     */
    private static final List<String> RECORD_PROBLEM_CODES = Stream.concat(
                    SyncedRecordWriter.RECORD_CODES.stream(),
                    Stream.<ProblemCode>concat(
                                    Arrays.stream(RegistryProblemCode.values()),
                                    Arrays.stream(CommonProblemCode.values()))
                            .map(ProblemCode::name))
            .toList();

    private final PlaceLookup places;
    private final OfflineDeviceService devices;
    private final OfflineProperties properties;

    OfflinePageController(PlaceLookup places, OfflineDeviceService devices, OfflineProperties properties) {
        this.places = places;
        this.devices = devices;
        this.properties = properties;
    }

    @GetMapping("/offline/register")
    String register(Locale locale) {
        return "redirect:/offline/register/" + ("ar".equals(locale.getLanguage()) ? "ar" : "en");
    }

    /**
     * The form in the language of its address, whatever the language cookie says: the service worker
     * fetches both languages without changing the officer's choice.
     */
    @GetMapping("/offline/register/{language}")
    String register(@PathVariable String language, HttpServletRequest request, Model model) {
        if (!"ar".equals(language) && !"en".equals(language)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        String shown = language;
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Locale.forLanguageTag(shown));
        model.addAttribute("lang", shown);
        model.addAttribute("dir", "ar".equals(shown) ? "rtl" : "ltr");
        model.addAttribute("otherLanguage", "ar".equals(shown) ? "en" : "ar");
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("specificNeedList", SpecificNeed.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("countries", places.countries());
        model.addAttribute("crossings", places.crossings());
        model.addAttribute("destinations", places.areasAt(PlaceLevel.SUBDISTRICT));
        model.addAttribute("idleLockSeconds", properties.idleLock().toSeconds());
        model.addAttribute("recordProblemCodes", RECORD_PROBLEM_CODES);
        model.addAttribute("refillBelow", properties.referencesRefillBelow());
        model.addAttribute("refillCount", properties.referencesRefillCount());
        return "offline/register";
    }

    /** The service worker, served from the folder it looks after so that its scope covers the offline pages. */
    @GetMapping(value = "/offline/sw.js")
    ResponseEntity<String> serviceWorker() throws IOException {
        try (InputStream script = new ClassPathResource("offline/sw.js").getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.valueOf("text/javascript"))
                    .cacheControl(CacheControl.noCache())
                    .body(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @GetMapping("/offline/devices")
    String devices(Model model) {
        model.addAttribute("devices", devices.overview());
        return "offline/devices";
    }
}
