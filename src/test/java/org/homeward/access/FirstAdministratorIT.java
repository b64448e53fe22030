package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.homeward.ApiClient;
import org.homeward.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The first start of an empty registry hands over the administrator's password without it reaching any log. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

    private static final Path DATA = Path.of("target/test-data/first-administrator");

    @Test
    void theFirstPasswordIsInAnOwnerOnlyFileAndNeverInTheLog(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext homeward =
                TestApplication.start(DATA, true, "--logging.level.org.homeward=DEBUG")) {
            Path file = DATA.resolve(FirstAdministrator.PASSWORD_FILE);
            assertThat(file).exists();
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String password = Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith("password: "))
                    .map(line -> line.substring("password: ".length()))
                    .findFirst()
                    .orElseThrow();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);

            assertThat(output.getAll())
                    .contains(file.toAbsolutePath().toString())
                    .doesNotContain(password);
            assertThat(new ApiClient(TestApplication.port(homeward), "admin", password)
                            .get("/api/v1/statistics/returns")
                            .status())
                    .isEqualTo(200);
            assertThat(output.getAll()).doesNotContain(password);
            assertThat(java.util.List.of(output.getOut(), output.getErr()))
                    .allSatisfy(stream -> assertThat(stream).doesNotContain(password));
        }
    }
}
