package org.homeward.conditions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of area conditions: which indicators are red lines, the index's indicators and weights
 * in its two groups, and how old a value may be and still count.
 *
 * @param redLines                  indicators of which any one reported present makes an area red;
 *                                  default active hostilities, unsurveyed explosive ordnance,
 *                                  returns blocked by an authority, no humanitarian access
 * @param livelihoodsAndServices    index indicators about living there, with their weights
 * @param safetyAndSocialCohesion   index indicators about living there safely and together, with
 *                                  their weights
 * @param staleAfter                a value assessed longer ago than this no longer counts (default 90 days)
 */
@ConfigurationProperties("homeward.conditions")
record ConditionsProperties(
        List<String> redLines,
        Map<String, Integer> livelihoodsAndServices,
        Map<String, Integer> safetyAndSocialCohesion,
        Duration staleAfter) {

    static final List<String> DEFAULT_RED_LINES = List.of(
            "ACTIVE_HOSTILITIES",
            "UNSURVEYED_EXPLOSIVE_ORDNANCE",
            "RETURNS_BLOCKED_BY_AUTHORITY",
            "NO_HUMANITARIAN_ACCESS");

    ConditionsProperties {
        redLines = redLines == null || redLines.isEmpty() ? DEFAULT_RED_LINES : List.copyOf(redLines);
        livelihoodsAndServices = livelihoodsAndServices == null || livelihoodsAndServices.isEmpty()
                ? defaultLivelihoodsAndServices()
                : new LinkedHashMap<>(livelihoodsAndServices);
        safetyAndSocialCohesion = safetyAndSocialCohesion == null || safetyAndSocialCohesion.isEmpty()
                ? defaultSafetyAndSocialCohesion()
                : new LinkedHashMap<>(safetyAndSocialCohesion);
        staleAfter = staleAfter == null ? Duration.ofDays(90) : staleAfter;
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("homeward.conditions.stale-after must be positive");
        }
    }

    /** The settings with every default: what an installation gets when it sets nothing. */
    static ConditionsProperties defaults() {
        return new ConditionsProperties(null, null, null, null);
    }

    private static Map<String, Integer> defaultLivelihoodsAndServices() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("HOUSING_HABITABLE", 15);
        weights.put("WATER_ACCESS", 12);
        weights.put("ELECTRICITY_ACCESS", 8);
        weights.put("HEALTH_CARE_ACCESS", 12);
        weights.put("SCHOOLS_OPEN", 8);
        weights.put("LIVELIHOODS_AVAILABLE", 10);
        return weights;
    }

    private static Map<String, Integer> defaultSafetyAndSocialCohesion() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("FREEDOM_OF_MOVEMENT", 10);
        weights.put("SOCIAL_COHESION", 10);
        weights.put("PROPERTY_DISPUTES_RESOLVABLE", 8);
        weights.put("CIVIL_DOCUMENTATION_SERVICES", 7);
        return weights;
    }
}
