package org.homeward;

import java.time.Clock;
import org.homeward.cli.HomewardCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Homeward: coordinates the return of refugees and internally displaced people. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HomewardApplication {

    public static void main(String[] args) {
        System.exit(HomewardCommandLine.run(HomewardApplication.class, args));
    }

    /** The clock every feature reads time from, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
