/**
 * Movements: organised returns. Return plans with targets, households' intentions, the
 * voluntariness of every adult, movements (convoys and go-and-see visits) with their vehicles and
 * manifests, the checks a household passes before it departs, boarding by signed slip, and the
 * reconciliation of who boarded against who arrived. Other features judge departures by
 * contributing a {@link org.homeward.movements.DepartureCheck} bean, and tell a person about their
 * destination by contributing a {@link org.homeward.movements.DestinationBriefing}; this feature
 * never learns their rules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Movements",
        allowedDependencies = {
            "access",
            "files",
            "linkage",
            "places",
            "problems",
            "reception",
            "registry",
            "statistics",
            "statistics::hxl",
            "statistics::suppression",
            "web"
        })
package org.homeward.movements;
