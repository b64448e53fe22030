/**
 * Statistics: returns counted from the registry (refugee and IDP returns by day, week, month and
 * year, by country of asylum, crossing point, destination, sex and age group, in individuals or
 * households, as registrations or as deduplicated persons), figures published by other bodies set
 * beside them, dashboards, and HXL, XLSX and JSON exports. Every published table goes through
 * small-cell protection ({@code suppression}, plain Java); HXL writing and checking is in {@code hxl}.
 * Counts come from a summary kept fresh by an incremental refresh that drains the change feeds the
 * registry and linkage keep of their own tables, so that dashboards stay fast at national scale. Other features use {@link org.homeward.statistics.IndicatorService}
 * and {@link org.homeward.statistics.StatisticsExportService}; reception occupancy arrives through
 * {@link org.homeward.statistics.ReceptionFiguresSource}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {"database", "files", "places", "problems", "registry", "web"})
package org.homeward.statistics;
