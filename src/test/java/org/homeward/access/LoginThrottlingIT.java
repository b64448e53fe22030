package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password guessing is slowed per account and address and per address, never by locking, and hashing cannot swamp the server. */
@HomewardTest
class LoginThrottlingIT {

    private static final String PASSWORD = "slow lantern orchard";

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PasswordHashingSlots slots;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    private void user(String name) {
        TestUsers.ensure(users, name, Role.ANALYST, PASSWORD, null);
    }

    @Test
    void aStrangerSprayingManyAccountsFromOneAddressIsSlowedThere() throws Exception {
        FromAddress sprayer = new FromAddress("127.0.0.3", port);
        List<Integer> answers = new ArrayList<>();
        for (int account = 0; account < 45; account++) {
            answers.add(
                    sprayer.get("/api/v1/statistics/returns", FromAddress.basic("spray.victim" + account, "spring2024"))
                            .status());
        }
        assertThat(answers).containsOnly(401, 429);
        assertThat(answers.subList(0, 30)).containsOnly(401);
        assertThat(answers.subList(30, 45)).contains(429);
        user("spray.bystander");
        assertThat(new FromAddress("127.0.0.4", port)
                        .get("/api/v1/statistics/returns", FromAddress.basic("spray.bystander", PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenEveryHashingSlotIsTakenASignInIsAnsweredBusyAndTokenCallsGoOn() throws Exception {
        user("busy.analyst");
        String token = tokens.issue("busy.analyst").token();
        slots.occupyAll();
        FromAddress.Answer busy;
        try {
            busy = new FromAddress("127.0.0.5", port)
                    .get("/api/v1/statistics/returns", FromAddress.basic("busy.analyst", PASSWORD));
            assertThat(ApiClient.withToken(port, token)
                            .get("/api/v1/statistics/returns")
                            .status())
                    .isEqualTo(200);
        } finally {
            slots.releaseAll();
        }
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.body()).contains("LOGIN_BUSY");
        assertThat(busy.headers()).containsKey("retry-after");
        assertThat(busy.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(new FromAddress("127.0.0.5", port)
                        .get("/api/v1/statistics/returns", FromAddress.basic("busy.analyst", PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aFloodOfFailedSignInsRunsNoMoreHashesAtOnceThanTheSlotsAndAnswersEveryoneProperly() throws Exception {
        assertThat(encoder).isInstanceOf(BoundedPasswordEncoder.class);
        user("flood.analyst");
        int attackers = Math.max(8, slots.size() * 6);
        ExecutorService pool = Executors.newFixedThreadPool(attackers);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int attacker = 0; attacker < attackers; attacker++) {
                String name = "flood.stranger" + attacker;
                FromAddress from = new FromAddress("127.0.1." + (attacker + 1), port);
                answers.add(
                        pool.submit(() -> from.get("/api/v1/statistics/returns", FromAddress.basic(name, "flood guess"))
                                .status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(401, 503);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(slots.mostInUse()).isBetween(1, slots.size());
        assertThat(new ApiClient(port, "flood.analyst", PASSWORD)
                        .get("/api/v1/statistics/returns")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theLoginPageTellsAThrottledGuesserToWaitAndStillLetsTheRealUserIn() throws Exception {
        user("form.target");
        FromAddress guesser = new FromAddress("127.0.0.7", port);
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            outcomes.add(signIn(guesser, "form.target", "form guess " + attempt));
        }
        assertThat(outcomes.subList(0, 3)).containsOnly("/login?error");
        assertThat(outcomes).contains("/login?throttled").containsOnly("/login?error", "/login?throttled");
        assertThat(signIn(new FromAddress("127.0.0.8", port), "form.target", PASSWORD))
                .doesNotContain("/login");
    }

    /** Signs in through the login form from the address; answers where the browser is sent next. */
    private static String signIn(FromAddress from, String username, String password) throws Exception {
        FromAddress.Answer page = from.get("/login", null);
        String cookie = page.headers().getOrDefault("set-cookie", "").split(";")[0];
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        FromAddress.Answer answer = from.send(
                "POST",
                "/login",
                java.util.Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(302);
        java.net.URI location = java.net.URI.create(answer.headers().get("location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
