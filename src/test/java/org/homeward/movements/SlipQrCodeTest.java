package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipQrCodeTest {

    private final SlipCodes codes = new SlipCodes(SlipKey.of(key(), "test"), List.of());

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void thePngDecodesBackToTheSignedCodeAndCarriesNothingElse() throws Exception {
        String code = codes.sign("HW-7KQ3MZ9TDZ");
        byte[] png = SlipQrCode.png(code, 6);
        Path file = Path.of("target/slips/qr-code.png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);

        String decoded = QrImages.decode(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)));

        assertThat(decoded).isEqualTo(code);
        assertThat(codes.verify(decoded).reference()).contains("HW-7KQ3MZ9TDZ");
        // Only the version, the reference and the signature: no letters of a name, no phone, no document.
        assertThat(decoded).matches("HW1\\.HW-7KQ3MZ9TDZ\\.[0-9A-HJKMNP-TV-Z]{24}");
    }

    @Test
    void theSvgDrawsTheSameModulesAsThePng() {
        String code = codes.sign("HW-0021619");
        var matrix = SlipQrCode.matrix(code);
        String svg = SlipQrCode.svg(code);

        long dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + matrix.getWidth());
        assertThat(svg.split("h1v1h-1z", -1)).hasSize((int) dark + 1);
        assertThat(svg).doesNotContain("HW-0021619");
    }
}
