package org.homeward;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real (embedded) PostgreSQL and a random port; every test class with
 * this annotation shares one application and one database, wiped when the test run starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "homeward.data-dir=" + HomewardTest.DATA_DIR,
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            // The fixture families are registered again and again; the tests of the confirmation turn it on.
            "homeward.registration.confirm-very-likely-duplicates=false"
        })
public @interface HomewardTest {

    /** The data directory of the shared test database (for tests that need its superuser). */
    String DATA_DIR = "target/test-data/shared";
}
