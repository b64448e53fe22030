/**
 * Reception: the centres where returnees who cannot go straight home are received, their
 * capacity in persons, family units and accessible units, the stays of households in them
 * (check-in, check-out, transfer, with an append-only history), and the forecast of free places
 * against planned arrivals. Other features use {@link org.homeward.reception.CentreService},
 * {@link org.homeward.reception.StayQueries}, {@link org.homeward.reception.BookingCommands} (with the
 * typed commands {@link org.homeward.reception.BookPlaces} and
 * {@link org.homeward.reception.ReleaseMovementBooking}), {@link org.homeward.reception.ReceptionForecastService}
 * and {@link org.homeward.reception.CentreFixtures}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reception",
        allowedDependencies = {"access", "files", "places", "problems", "registry", "statistics", "web"})
package org.homeward.reception;
