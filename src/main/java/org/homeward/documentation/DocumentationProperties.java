package org.homeward.documentation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of civil documentation.
 *
 * @param propertyClaimAreas P-code prefixes of areas where property claims are open: a household going
 *                           home there is proposed a property-evidence case
 * @param displacementBegan  children of refugee households born on or after this day are taken to be
 *                           born abroad
 * @param soonDueDays        a step whose deadline is this close (or overdue) is on the soon-due list
 * @param dataDirectory      a directory with more case-type files ({@code case-types/*.json}) and
 *                           deadline-rule files ({@code deadline-rules/*.json}), read after the built-in ones
 */
@ConfigurationProperties("homeward.documentation")
record DocumentationProperties(
        @DefaultValue({}) List<String> propertyClaimAreas,
        @DefaultValue("2011-03-15") LocalDate displacementBegan,
        @DefaultValue("30") int soonDueDays,
        Path dataDirectory) {

    DocumentationProperties {
        propertyClaimAreas = List.copyOf(propertyClaimAreas);
    }
}
