package org.homeward.reception;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;

/**
 * Decides which centre a destination is "near", so that each expected household counts at exactly
 * one centre:
 * <ol>
 *   <li>a centre in the destination's sub-district;</li>
 *   <li>else a centre in its district;</li>
 *   <li>else any centre;</li>
 * </ol>
 * and among the candidates of the first rule that has any, the one nearest to the destination's
 * centroid by great-circle distance (ties broken by centre code). A destination given as a
 * district starts at rule 2, one given as a governorate at rule 3. A destination the places data
 * does not know (such as a community code) is placed by rules 1 and 2 where its code allows,
 * else it is left unplaced and counted apart.
 */
final class NearestCentre {

    private final List<Centre> centres;
    private final PlaceLookup places;
    // Thousands of households share a few hundred destinations: each is worked out once.
    private final Map<String, Optional<Centre>> decided = new HashMap<>();

    /** Centres that admit people (not closed); closed centres are never a destination's centre. Used by one thread. */
    NearestCentre(List<Centre> openCentres, PlaceLookup places) {
        this.centres =
                openCentres.stream().sorted(Comparator.comparing(Centre::code)).toList();
        this.places = places;
    }

    Optional<Centre> forDestination(String pcode) {
        if (pcode == null || centres.isEmpty()) {
            return Optional.empty();
        }
        return decided.computeIfAbsent(pcode.trim(), this::decide);
    }

    private Optional<Centre> decide(String destination) {
        Optional<GeoPoint> centroid = places.centroid(destination);
        List<Centre> candidates = candidates(destination);
        if (candidates.isEmpty() && centroid.isPresent()) {
            candidates = centres;
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (centroid.isEmpty()) {
            return Optional.of(candidates.get(0));
        }
        GeoPoint from = centroid.get();
        return candidates.stream()
                .min(Comparator.comparingDouble((Centre centre) -> from.kilometresTo(centre.location()))
                        .thenComparing(Centre::code));
    }

    private List<Centre> candidates(String destination) {
        if (CentreValidator.SUBDISTRICT.matcher(destination).matches()) {
            List<Centre> sameSubdistrict = centres.stream()
                    .filter(centre -> centre.pcode().equals(destination))
                    .toList();
            if (!sameSubdistrict.isEmpty()) {
                return sameSubdistrict;
            }
        }
        return PlaceCodes.ancestorAt(destination, PlaceLevel.DISTRICT)
                .map(district -> centres.stream()
                        .filter(centre -> centre.districtPcode().equals(district))
                        .toList())
                .orElse(List.of());
    }
}
