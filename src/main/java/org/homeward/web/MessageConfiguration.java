package org.homeward.web;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Puts the ICU message source in place of Spring Boot's, over the same bundles
 * ({@code spring.messages.basename}), so that every message can use plural rules and the
 * configured digits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigitProperties.class)
class MessageConfiguration {

    @Bean
    MessageSource messageSource(Environment environment, LocalFormats formats) {
        IcuMessageSource messages = new IcuMessageSource(formats);
        messages.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "i18n/messages"))));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
