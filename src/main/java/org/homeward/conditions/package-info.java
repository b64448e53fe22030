/**
 * Conditions: what field assessments say about the sub-districts people return to. Each value
 * keeps its source, date, method and confidence; hard red lines (active hostilities, unsurveyed
 * explosive ordnance, returns blocked by an authority, no humanitarian access) make an area red
 * whatever else is reported, an index over the other indicators only ranks areas, and values past
 * their age stop counting so that an area nobody has looked at lately is unknown, treated as amber.
 * The feature judges departures through a {@link org.homeward.movements.DepartureCheck}, briefs
 * people deciding to return through a {@link org.homeward.movements.DestinationBriefing}, shows the
 * status on a household's page through the registry's
 * {@link org.homeward.registry.DestinationAreaNotes}, and draws the areas on an offline map.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Conditions",
        allowedDependencies = {"access", "movements", "places", "problems", "reception", "registry", "statistics", "web"
        })
package org.homeward.conditions;
