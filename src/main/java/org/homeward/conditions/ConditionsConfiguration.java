package org.homeward.conditions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the indicator catalogue and the status rules from the settings. */
@Configuration(proxyBeanMethods = false)
class ConditionsConfiguration {

    @Bean
    IndicatorCatalogue indicatorCatalogue(ConditionsProperties properties) {
        return new IndicatorCatalogue(properties);
    }

    @Bean
    AreaStatusRules areaStatusRules(IndicatorCatalogue catalogue, ConditionsProperties properties) {
        return new AreaStatusRules(catalogue, properties.staleAfter());
    }
}
