package org.homeward.conditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.statistics.ConditionReturnsService;
import org.homeward.statistics.TableDimension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The conditions pages: the map with its data and outline, the detail of an area, and the import of assessments. */
@Controller
@RequestMapping("/conditions")
class ConditionsPageController {

    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMIN')";
    private static final String OUTLINE = "conditions/syria-and-neighbours.geojson";
    private final ConditionsService conditions;
    private final ConditionsMap map;
    private final AreaDetails details;
    private final AssessmentImportService imports;
    private final ConditionsProperties properties;
    private final ConditionReturnsService returns;
    private volatile byte[] outline;

    ConditionsPageController(
            ConditionsService conditions,
            ConditionsMap map,
            AreaDetails details,
            AssessmentImportService imports,
            ConditionsProperties properties,
            ConditionReturnsService returns) {
        this.conditions = conditions;
        this.map = map;
        this.details = details;
        this.imports = imports;
        this.properties = properties;
        this.returns = returns;
    }

    @GetMapping
    String map(Model model) {
        Map<String, AreaConditions> areas = conditions.everyArea(conditions.today());
        Map<AreaStatus, Long> counts = new EnumMap<>(AreaStatus.class);
        for (AreaStatus status : AreaStatus.values()) {
            counts.put(
                    status,
                    areas.values().stream()
                            .filter(area -> area.status() == status)
                            .count());
        }
        List<AreaConditions> assessed = areas.values().stream()
                .filter(area -> area.status() != AreaStatus.UNKNOWN)
                .sorted(Comparator.comparing(AreaConditions::status).thenComparing(AreaConditions::subdistrictPcode))
                .toList();
        model.addAttribute("counts", counts);
        model.addAttribute("assessed", assessed);
        model.addAttribute("staleDays", properties.staleAfter().toDays());
        LocalDate today = conditions.today();
        model.addAttribute(
                "returns",
                returns.table(today.withDayOfMonth(1).minusMonths(11), today, TableDimension.MONTH)
                        .orElse(null));
        return "conditions/map";
    }

    @GetMapping(value = "/map-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData mapData(Locale locale) {
        return map.draw(locale);
    }

    @GetMapping("/outline.geojson")
    ResponseEntity<byte[]> outline() {
        byte[] loaded = outline;
        if (loaded == null) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(OUTLINE)) {
                if (in == null) {
                    throw new IllegalStateException("The map outline " + OUTLINE + " is missing");
                }
                loaded = in.readAllBytes();
                outline = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(loaded);
    }

    @GetMapping("/areas/{pcode}")
    String area(@PathVariable String pcode, Locale locale, Model model) {
        model.addAttribute("detail", details.of(pcode, locale));
        model.addAttribute("staleDays", properties.staleAfter().toDays());
        model.addAttribute("redLines", properties.redLines());
        return "conditions/area :: detail";
    }

    @GetMapping("/import")
    @PreAuthorize(PLANNERS)
    String importPage() {
        return "conditions/import";
    }

    @PostMapping("/import")
    @PreAuthorize(PLANNERS)
    String importFile(@RequestParam("file") MultipartFile file, Principal principal, Model model) throws IOException {
        try {
            model.addAttribute("report", imports.importFile(file.getBytes(), principal.getName()));
        } catch (AssessmentImportException refused) {
            model.addAttribute("importProblems", refused.problems());
        }
        return "conditions/import";
    }
}
