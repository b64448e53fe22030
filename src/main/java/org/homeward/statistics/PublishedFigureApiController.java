package org.homeward.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published figures through the API: everyone signed in reads them beside the registry's numbers;
 * analysts, coordinators and administrators record and change them.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@PreAuthorize("isAuthenticated()")
class PublishedFigureApiController {

    private final PublishedFigureService figures;
    private final FigureComparisonCsv csv;

    PublishedFigureApiController(PublishedFigureService figures, FigureComparisonCsv csv) {
        this.figures = figures;
        this.csv = csv;
    }

    @GetMapping("/figures")
    List<FigureComparison> all(Locale locale) {
        return figures.comparisons(locale);
    }

    @GetMapping("/figures/{id}")
    FigureComparison one(@PathVariable long id, Locale locale) {
        return figures.comparison(id, locale);
    }

    @GetMapping("/figures.csv")
    void allCsv(Locale locale, HttpServletResponse response) throws IOException {
        StatisticsApiController.attachment(response, StatisticsExportFormat.HXL, "published-figures");
        FlatTableFiles.hxl(csv.layout(figures.comparisons(locale), locale), response.getOutputStream());
    }

    @PostMapping("/figures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
    FigureComparison record(@RequestBody PublishedFigureRequest request, Principal principal, Locale locale) {
        return figures.comparison(figures.record(request, principal.getName()).id(), locale);
    }

    @PutMapping("/figures/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
    FigureComparison update(
            @PathVariable long id, @RequestBody PublishedFigureRequest request, Principal principal, Locale locale) {
        return figures.comparison(
                figures.update(id, request, principal.getName()).id(), locale);
    }
}
