package org.homeward.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Homeward's application context for a command: with the web server for serve, without for the rest. */
final class ApplicationStarter {

    /** The application class, given by the main method: the command line does not know it otherwise. */
    static Class<?> applicationClass;

    private ApplicationStarter() {}

    static ConfigurableApplicationContext startWeb(DatabaseOptions database, List<String> springArguments) {
        List<String> arguments = new ArrayList<>(database.asProperties());
        arguments.addAll(springArguments);
        SpringApplication application = new SpringApplication(applicationClass);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application.run(arguments.toArray(String[]::new));
    }

    /** A context without web server that joins the database of a Homeward already serving the same data. */
    static ConfigurableApplicationContext startTool(DatabaseOptions database) {
        List<String> arguments = new ArrayList<>(database.asProperties());
        arguments.add("--homeward.attach-to-running=true");
        arguments.add("--logging.level.root=WARN");
        arguments.add("--logging.level.org.homeward=WARN");
        SpringApplication application = new SpringApplication(applicationClass);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application.run(arguments.toArray(String[]::new));
    }
}
