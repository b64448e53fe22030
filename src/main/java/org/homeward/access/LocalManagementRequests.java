package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request for the actuator (metrics, probes) that arrives on the separate management port from
 * this machine itself: the Prometheus scraper or agent an operator runs beside Homeward. Such a
 * request needs no sign-in; the same endpoints on the application's public port, or from another
 * machine, stay for administrators only. Without a separate management port nothing matches.
 */
final class LocalManagementRequests implements RequestMatcher {

    private final Environment environment;

    LocalManagementRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/actuator/")) {
            return false;
        }
        String management = environment.getProperty("local.management.port");
        if (management == null || management.equals(environment.getProperty("local.server.port"))) {
            return false;
        }
        return Integer.parseInt(management) == request.getLocalPort() && fromThisMachine(request.getRemoteAddr());
    }

    private static boolean fromThisMachine(String remoteAddress) {
        try {
            // An address literal as the servlet container reports it: no name lookup happens.
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }
}
