package org.homeward.reception;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP calls for what the JSON client of the tests does not send: other media types and raw bodies. */
final class ReceptionHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ReceptionHttp() {}

    static HttpResponse<String> get(int port, String path, String accept, String username)
            throws IOException, InterruptedException {
        return HTTP.send(
                request(port, path, username).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String path, String contentType, byte[] body, String username)
            throws IOException, InterruptedException {
        return HTTP.send(
                request(port, path, username)
                        .header("Content-Type", contentType)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path, String username) {
        String credentials = username + ":" + ReceptionTestData.PASSWORD;
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
