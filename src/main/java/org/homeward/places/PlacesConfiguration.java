package org.homeward.places;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the places catalogue at start: loads the shipped reference data into the database if it
 * holds another version, then reads the catalogue that answers {@link PlaceLookup} and resolves names.
 */
@Configuration(proxyBeanMethods = false)
class PlacesConfiguration {

    @Bean
    PlaceCatalogue placeCatalogue(PlaceDataLoader loader, PlaceRepository repository) {
        loader.loadIfChanged(PlaceReferenceFiles.shipped());
        return repository.readCatalogue();
    }

    @Bean
    PlaceNameResolver placeNameResolver(PlaceCatalogue placeCatalogue) {
        return new PlaceNameResolver(placeCatalogue);
    }
}
