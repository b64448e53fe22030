package org.homeward.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every request body within what a real request needs: 1 MiB for JSON and forms (a
 * household is a few kilobytes), {@link #MAX_UPLOAD} for an uploaded file or a raw file body. The bytes actually
 * read are counted, so chunked bodies and lying Content-Length headers are held to the same limit;
 * an uploaded form is parsed here, within the multipart limits, so that an oversized one is a 413
 * problem before any other filter touches it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_JSON_BODY = 1024 * 1024;
    /** Also {@code spring.servlet.multipart.max-request-size}: centre files are far smaller. */
    static final long MAX_UPLOAD = 10L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            if (request.getContentLengthLong() > MAX_UPLOAD || !partsReadable(request)) {
                tooLarge(response, MAX_UPLOAD, WebProblemCode.UPLOAD_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        // Tomcat reads a posted form itself (held to server.tomcat.max-http-form-post-size); other forms come through
        // here.
        boolean small = type.contains("json") || type.startsWith("application/x-www-form-urlencoded");
        long limit = small ? MAX_JSON_BODY : MAX_UPLOAD;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit, WebProblemCode.BODY_TOO_LARGE);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    /** Parses the parts now; false when they are larger than allowed. A malformed form is left to Spring. */
    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        // The parts are decoded now, before the character-encoding filter has run: without this, a form's
        // text fields (an Arabic title) would be read as ISO-8859-1 and arrive as control characters.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException tooLarge) {
            return false;
        } catch (ServletException | IOException malformed) {
            return true;
        }
    }

    static void tooLarge(HttpServletResponse response, long limit, WebProblemCode code) throws IOException {
        FilterProblems.write(
                response,
                413,
                "Content Too Large",
                "A request body of this kind has at most " + limit / 1024 + " KiB",
                code,
                null);
    }
}
