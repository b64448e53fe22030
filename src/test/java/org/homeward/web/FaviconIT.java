package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The icons browsers ask for on every page: served to anybody, signed in or not (the login page
 * shows them too), as an icon and an SVG image, and cached so a slow link does not fetch them again.
 */
@HomewardTest
class FaviconIT {

    @LocalServerPort
    int port;

    @Test
    void theFaviconIsAnIconServedWithoutLoginAndCached() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        // An ICO file: reserved 0, type 1 (icon), then the number of images.
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        assertThat(icon.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=604800")
                .doesNotContain("no-store");
    }

    @Test
    void theSvgIconIsServedWithoutLoginCachedAndLinkedFromTheLoginPage() throws Exception {
        HttpResponse<byte[]> svg = get("/images/homeward.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("<svg");
        assertThat(svg.headers().firstValue("Cache-Control").orElse("")).contains("max-age=604800");
        String login = new String(get("/login").body(), StandardCharsets.UTF_8);
        assertThat(login).contains("rel=\"icon\" href=\"/favicon.ico\"").contains("href=\"/images/homeward.svg\"");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
