package org.homeward.reception;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared pieces of reception that are not Spring components themselves. */
@Configuration(proxyBeanMethods = false)
class ReceptionConfiguration {

    @Bean
    AreaGeography areaGeography() {
        return AreaGeography.shipped();
    }
}
