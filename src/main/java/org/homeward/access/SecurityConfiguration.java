package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The API answers 401/403 as problem details and accepts HTTP Basic and bearer
 * tokens, and refuses state-changing calls another web site could have made; the pages use form
 * login with CSRF tokens and never accept Basic or bearer credentials. API clients may trade their
 * password for a bearer token. No page or endpoint with personal data is open without login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] PERSON_READERS = {"REGISTRATION_OFFICER", "RECEPTION_MANAGER", "COORDINATOR", "ADMIN"};
    static final String[] PERSON_WRITERS = {"REGISTRATION_OFFICER", "COORDINATOR", "ADMIN"};
    static final String[] PLANNERS = {"COORDINATOR", "ADMIN"};
    static final String[] PUBLISHERS = {"ANALYST", "COORDINATOR", "ADMIN"};
    static final String[] RECEPTION = {"RECEPTION_MANAGER", "COORDINATOR", "ADMIN"};
    /** Evidence files and referrals: documentation case workers, coordinators and administrators. */
    static final String[] EVIDENCE_WORKERS = {"DOCUMENTATION_CASE_WORKER", "COORDINATOR", "ADMIN"};

    static final String[] CASE_WORKERS = {"DOCUMENTATION_CASE_WORKER", "COORDINATOR", "ADMIN"};
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, UserDetailsService users) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new CrossSiteRequestFilter(), CsrfFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // Conflicts of offline edits are decided by supervisors of the households' scope.
                        .requestMatchers("/api/v1/edit-conflicts", "/api/v1/edit-conflicts/**")
                        .hasAnyRole(PLANNERS)
                        // What a registering device downloads to check duplicates offline.
                        .requestMatchers("/api/v1/linkage/snapshot", "/api/v1/linkage/given-names")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/households/**")
                        .hasAnyRole(PERSON_READERS)
                        // A search comes by POST so that its criteria stay out of URLs; it changes nothing.
                        .requestMatchers(HttpMethod.POST, "/api/v1/households/search")
                        .hasAnyRole(PERSON_READERS)
                        .requestMatchers("/api/v1/households/**")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers("/api/v1/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/offline/**")
                        .hasAnyRole(PERSON_WRITERS)
                        // Evidence and referrals: uploads are refused here, before their files are read.
                        .requestMatchers("/api/v1/evidence/re-encryption")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/evidence/**", "/api/v1/referrals/**")
                        .hasAnyRole(EVIDENCE_WORKERS)
                        // Uploads are checked here too, before their files are read.
                        .requestMatchers(HttpMethod.POST, "/api/v1/centres/import")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/api/v1/intentions/import", "/api/v1/intentions/mappings")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/plans/*/targets")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/statistics/figures")
                        .hasAnyRole(PUBLISHERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/conditions/assessments")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/statistics/figures/**")
                        .hasAnyRole(PUBLISHERS)
                        .requestMatchers(
                                "/api/v1/stays/**",
                                "/api/v1/centres/*/stays",
                                "/api/v1/centres/*/history",
                                "/api/v1/centres/*/expected-today")
                        .hasAnyRole(RECEPTION)
                        // Documentation figures are aggregates for everyone signed in; cases are for case workers.
                        .requestMatchers(HttpMethod.GET, "/api/v1/documentation/figures")
                        .authenticated()
                        .requestMatchers("/api/v1/documentation/**")
                        .hasAnyRole(CASE_WORKERS)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                // A browser may send cached Basic credentials by itself, so the CrossSiteRequestFilter
                // (not CSRF tokens, which API clients do not have) keeps other sites out of such calls;
                // browser sessions calling the API still need the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, org.springframework.core.env.Environment environment)
            throws Exception {
        http.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(new LocalManagementRequests(environment))
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/images/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness",
                                "/error",
                                "/offline/sw.js")
                        .permitAll()
                        .requestMatchers("/edit-conflicts", "/edit-conflicts/**")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/offline/devices", "/offline/bundles")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/offline/**")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers(HttpMethod.GET, "/households/**")
                        .hasAnyRole(PERSON_READERS)
                        .requestMatchers(HttpMethod.POST, "/households/search")
                        .hasAnyRole(PERSON_READERS)
                        .requestMatchers("/households/**")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/evidence/**", "/referrals/**")
                        .hasAnyRole(EVIDENCE_WORKERS)
                        .requestMatchers(HttpMethod.POST, "/centres/import")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/intentions/import", "/intentions/mappings")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers("/conditions/import")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers(HttpMethod.POST, "/statistics/figures", "/statistics/figures/**")
                        .hasAnyRole(PUBLISHERS)
                        .requestMatchers("/allocation", "/allocation/**")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/duplicates/runs", "/duplicates/runs/**")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/duplicates", "/duplicates/**")
                        .hasAnyRole(PERSON_WRITERS)
                        .requestMatchers("/stays/**", "/centres/*/check-in", "/centres/*/arrival")
                        .hasAnyRole(RECEPTION)
                        .requestMatchers(HttpMethod.GET, "/documentation/figures", "/documentation/figures/**")
                        .authenticated()
                        .requestMatchers("/documentation", "/documentation/**")
                        .hasAnyRole(CASE_WORKERS)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailurePages())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }

    private static RequestMatcher carriesCredentials() {
        return (HttpServletRequest request) -> request.getHeader("Authorization") != null;
    }
}
