package org.homeward.registry;

/**
 * A household's journey as entered: return type, origin, crossing, destination and an optional
 * planned date ("YYYY-MM-DD"), and the status it starts in (REGISTERED when empty).
 */
public record JourneyDetails(
        String returnType,
        String originCountry,
        String originLocation,
        String crossingPoint,
        String destinationPcode,
        String plannedDate,
        String status) {

    /** The details that would register this journey again as it is. */
    public static JourneyDetails of(Journey journey) {
        return new JourneyDetails(
                journey.returnType().name(),
                journey.originCountry(),
                journey.originLocation(),
                journey.crossingPoint(),
                journey.destinationPcode(),
                journey.plannedDate() == null ? null : journey.plannedDate().toString(),
                journey.status().name());
    }

    /** The same journey without a status: a new registration starts as REGISTERED. */
    public JourneyDetails(
            String returnType,
            String originCountry,
            String originLocation,
            String crossingPoint,
            String destinationPcode,
            String plannedDate) {
        this(returnType, originCountry, originLocation, crossingPoint, destinationPcode, plannedDate, null);
    }
}
