package org.homeward;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the running application maps, as method and pattern, read from its own request
 * mappings, so that the route-walking tests see a new route the moment it is added. A mapping that
 * names no method counts as GET; a method and pattern mapped twice is listed once.
 */
public final class ApplicationRoutes {

    /** One route: its HTTP method, its pattern with variables, and the method that answers it. */
    public record Route(String method, String pattern, HandlerMethod handler) {

        /** The route as "METHOD pattern". */
        public String name() {
            return method + " " + pattern;
        }
    }

    private ApplicationRoutes() {}

    /** Every route of the application, in mapping order. */
    public static List<Route> of(RequestMappingHandlerMapping mappings) {
        Set<String> seen = new LinkedHashSet<>();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            List<String> methods = entry.getKey().getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .toList();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method, pattern, entry.getValue()));
                    }
                }
            }
        }
        return routes;
    }
}
