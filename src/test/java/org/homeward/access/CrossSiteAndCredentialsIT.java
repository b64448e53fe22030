package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credentials used where they do not belong: a token buying a token, Basic credentials on a page,
 * and another web site riding on the credentials a browser sends by itself.
 */
@HomewardTest
class CrossSiteAndCredentialsIT {

    private static final String PASSWORD = "granite window sparrow";
    private static final String CSV =
            "centre_id,name_en,name_ar,community_pcode,capacity_persons\nX1,Forged,مزور,C1001,10\n";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private void user(String name, Role role) {
        TestUsers.ensure(users, name, role, PASSWORD, null);
    }

    private long tokensOf(String name) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE username = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void aBearerTokenCannotMintAnotherToken() {
        user("token.minter", Role.ANALYST);
        ApiClient.Answer issued = new ApiClient(port, "token.minter", PASSWORD).post("/api/v1/tokens", "{}");
        assertThat(issued.status()).isEqualTo(201);
        ApiClient withToken =
                ApiClient.withToken(port, issued.json().get("token").asString());
        assertThat(withToken.get("/api/v1/statistics/returns").status()).isEqualTo(200);
        ApiClient.Answer minted = withToken.post("/api/v1/tokens", "{}");
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.json().get("code").asString()).isEqualTo("TOKEN_CANNOT_ISSUE_TOKEN");
        assertThat(minted.body()).doesNotContain("\"token\"");
        assertThat(tokensOf("token.minter")).isEqualTo(1);
    }

    @Test
    void pagesDoNotAcceptBasicCredentialsNorASessionMadeByThem() throws Exception {
        user("basic.admin", Role.ADMIN);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String basic = FromAddress.basic("basic.admin", PASSWORD);
        assertThat(browser.send(
                                HttpRequest.newBuilder(uri("/api/v1/statistics/returns"))
                                        .header("Authorization", basic)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        for (String page : new String[] {"/", "/admin/users", "/households"}) {
            HttpResponse<String> answer = browser.send(
                    HttpRequest.newBuilder(uri(page))
                            .header("Authorization", basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as(page)
                    .endsWith("/login");
            assertThat(answer.body()).doesNotContain("basic.admin");
        }
    }

    @Test
    void aCrossSiteFormPostWithCachedBasicCredentialsIsRefusedAndImportsNothing() throws Exception {
        user("cross.planner", Role.COORDINATOR);
        FromAddress browser = new FromAddress("127.0.0.1", port);
        String basic = FromAddress.basic("cross.planner", PASSWORD);
        byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
        FromAddress.Answer fromEvil = browser.send(
                "POST",
                "/api/v1/centres/import",
                Map.of("Authorization", basic, "Content-Type", "text/plain", "Origin", "http://evil.example"),
                body);
        assertThat(fromEvil.status()).isEqualTo(403);
        assertThat(fromEvil.body()).contains("CROSS_SITE_REQUEST_REFUSED");
        FromAddress.Answer fetchedCrossSite = browser.send(
                "POST",
                "/api/v1/centres/import",
                Map.of("Authorization", basic, "Content-Type", "text/csv", "Sec-Fetch-Site", "cross-site"),
                body);
        assertThat(fetchedCrossSite.status()).isEqualTo(403);
        // An old browser may send no Origin: the content types a form can send are refused anyway.
        for (String formType : new String[] {
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "TEXT/PLAIN; charset=utf-8"
        }) {
            FromAddress.Answer plain = browser.send(
                    "POST", "/api/v1/centres/import", Map.of("Authorization", basic, "Content-Type", formType), body);
            assertThat(plain.status()).as(formType).isEqualTo(415);
            assertThat(plain.body()).as(formType).contains("FORM_CONTENT_TYPE_REFUSED");
        }
        FromAddress.Answer untyped =
                browser.send("POST", "/api/v1/centres/import", Map.of("Authorization", basic), body);
        assertThat(untyped.status()).isEqualTo(415);
        assertThat(new ApiClient(port, "cross.planner", PASSWORD)
                        .get("/api/v1/centres/X1")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theServersOwnOriginAndAFileUploadWithItsHeaderAreLetThrough() throws Exception {
        user("same.planner", Role.COORDINATOR);
        FromAddress browser = new FromAddress("127.0.0.1", port);
        String basic = FromAddress.basic("same.planner", PASSWORD);
        FromAddress.Answer sameOrigin = browser.send(
                "POST",
                "/api/v1/tokens",
                Map.of(
                        "Authorization",
                        basic,
                        "Content-Type",
                        "application/json",
                        "Origin",
                        "http://localhost:" + port,
                        "Sec-Fetch-Site",
                        "same-origin"),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(sameOrigin.status()).isEqualTo(201);
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"centres.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnot,a,centre,file\r\n--b--\r\n";
        FromAddress.Answer upload = browser.send(
                "POST",
                "/api/v1/centres/import",
                Map.of(
                        "Authorization",
                        basic,
                        "Content-Type",
                        "multipart/form-data; boundary=b",
                        CrossSiteRequestFilter.UPLOAD_HEADER,
                        "curl"),
                multipart.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isNotIn(403, 415).isLessThan(500);
        assertThat(upload.body()).doesNotContain("FORM_CONTENT_TYPE_REFUSED");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
