package org.homeward.statistics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import org.homeward.database.FiguresAsOf;
import org.homeward.database.FiguresDatabase;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Says in the headers of every statistics API answer and export how current its figures are, when
 * they are read from a replica: {@code Homeward-Figures-As-Of} (ISO time, or {@code unknown}),
 * {@code Homeward-Figures-Lag-Seconds} and {@code Homeward-Figures-Lagging}. Set before the body is
 * written, and read before the figures, so the time is never later than what they hold.
 */
@Configuration(proxyBeanMethods = false)
class FiguresAsOfHeaders implements WebMvcConfigurer, HandlerInterceptor {

    static final String AS_OF = "Homeward-Figures-As-Of";
    static final String LAG = "Homeward-Figures-Lag-Seconds";
    static final String LAGGING = "Homeward-Figures-Lagging";

    private final FiguresDatabase figures;

    FiguresAsOfHeaders(FiguresDatabase figures) {
        this.figures = figures;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (figures.replicated()) {
            registry.addInterceptor(this).addPathPatterns("/api/v1/statistics/**");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod())) {
            figures.asOf().ifPresent(asOf -> write(asOf, response));
        }
        return true;
    }

    private static void write(FiguresAsOf asOf, HttpServletResponse response) {
        response.setHeader(
                AS_OF,
                asOf.asOf() == null
                        ? "unknown"
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                asOf.asOf().withNano(0)));
        response.setHeader(LAG, String.valueOf(asOf.lagSeconds()));
        response.setHeader(LAGGING, String.valueOf(asOf.lagging()));
    }
}
