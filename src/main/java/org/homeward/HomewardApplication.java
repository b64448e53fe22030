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

    /**
     * The clock every feature reads time from, so that tests can fix it. Its zone is where the
     * returns happen ({@code homeward.time-zone}, Syria's by default), so that {@code LocalDate.now(clock)}
     * is the day there — the one rule for "today" when a birth date lies in the future, a movement
     * departs, or a day's figures close. Instants are stored and compared without a zone. Only when
     * {@code serve --demo} may load the demo ({@code homeward.demo.timeline=true}) is it a
     * {@link org.homeward.demo.DemoTimeline}, which lets the loading thread replay the demo's past.
     */
    @Bean
    Clock clock(
            @org.springframework.beans.factory.annotation.Value("${homeward.time-zone:Asia/Damascus}")
                    java.time.ZoneId operationZone,
            @org.springframework.beans.factory.annotation.Value("${homeward.demo.timeline:false}")
                    boolean demoTimeline) {
        Clock system = Clock.system(operationZone);
        return demoTimeline ? new org.homeward.demo.DemoTimeline(system) : system;
    }
}
