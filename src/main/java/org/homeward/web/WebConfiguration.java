package org.homeward.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI language: English or Arabic, chosen with {@code ?lang=ar} and remembered in a cookie. The
 * locale a request gets carries the configured digit system ({@code ar-u-nu-latn}), so that every
 * JDK and Thymeleaf formatter ({@code #numbers}, {@code #temporals}) writes the digits the
 * messages and charts write. Also the icons every page asks for.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Bean
    LocaleResolver localeResolver(DigitProperties digits) {
        CookieLocaleResolver resolver = new DigitLocaleResolver("homeward-lang", digits.ar());
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Reads the language from the cookie as usual and adds the digit system to it. */
    static final class DigitLocaleResolver extends CookieLocaleResolver {

        private final String arabicDigits;

        DigitLocaleResolver(String cookieName, String arabicDigits) {
            super(cookieName);
            this.arabicDigits = arabicDigits;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return withDigits(super.resolveLocale(request), arabicDigits);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext plain = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return withDigits(plain.getLocale(), arabicDigits);
                }

                @Override
                public java.util.TimeZone getTimeZone() {
                    return plain instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }
    }

    /** The locale with its digit system: Arabic as configured, every other language Western. */
    static Locale withDigits(Locale locale, String arabicDigits) {
        if (locale == null) {
            return null;
        }
        String digits = "ar".equals(locale.getLanguage()) ? arabicDigits : "latn";
        return new Locale.Builder()
                .setLocale(locale)
                .setUnicodeLocaleKeyword("nu", digits)
                .build();
    }

    /**
     * The favicon and the icons: the same for everybody and rarely changed, so browsers may keep
     * them a week instead of asking again on every page over a slow link.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(week);
        registry.addResourceHandler("/images/**")
                .addResourceLocations("classpath:/static/images/")
                .setCacheControl(week);
    }
}
