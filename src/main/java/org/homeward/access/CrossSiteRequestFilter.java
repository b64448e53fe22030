package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing API calls that another web site could have made from a user's browser,
 * where cached HTTP Basic credentials or a session cookie would go along by themselves:
 * a call whose {@code Origin} is not this server, or whose {@code Sec-Fetch-Site} says it came
 * from another site, is answered 403; a body of a type a plain HTML form can send
 * ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) is
 * answered 415, except a multipart file upload that also carries the {@code X-Requested-With}
 * header, which no form can add and no other site's script can send without a CORS preflight
 * that Homeward never grants. A body without any content type is refused too.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    static final String UPLOAD_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES =
            Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (fromAnotherSite(request)) {
            ProblemResponses.write(
                    response,
                    403,
                    "Forbidden",
                    "A request from another web site may not change anything here",
                    AccessProblemCode.CROSS_SITE_REQUEST_REFUSED);
            return;
        }
        String type = mediaTypeOf(request);
        if (type.isEmpty() && hasBody(request)) {
            ProblemResponses.write(
                    response,
                    415,
                    "Unsupported Media Type",
                    "Say what the body is with a Content-Type header",
                    AccessProblemCode.CONTENT_TYPE_REQUIRED);
            return;
        }
        boolean upload = type.equals("multipart/form-data") && request.getHeader(UPLOAD_HEADER) != null;
        if (FORM_TYPES.contains(type) && !upload) {
            ProblemResponses.write(
                    response,
                    415,
                    "Unsupported Media Type",
                    "The API does not take " + type
                            + " (a web form could send it); send JSON or text/csv, or a file upload with the "
                            + UPLOAD_HEADER + " header",
                    AccessProblemCode.FORM_CONTENT_TYPE_REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null
                && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !isThisServer(origin, request);
    }

    private static boolean isThisServer(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && portOf(uri) == request.getServerPort();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String mediaTypeOf(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
