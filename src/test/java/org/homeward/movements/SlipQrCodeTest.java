package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

    /**
     * Codes whose symbol, drawn with the mask the encoder prefers, the common decoder cannot read
     * (found by drawing thousands of codes of the slip's shape and reading them back).
     */
    private static final List<String> HARD_TO_READ = List.of(
            "HW1.HW-0WJBWGJ4GC.6093D9WZ8EA0FV04A3R0CDB15N",
            "HW1.HW-EQXRMYSEXG.0VNQECAVFRDCJZ6SRB4HRJSJJZ",
            "HW1.HW-ESVFYXB0YW.5X1DGJY4580HJX10MRT9Y1NT8C",
            "HW1.HW-FAQVTAW0HW.CWVH6MDZNH2KJN5A4C5HXV6MJS",
            "HW1.HW-G3TDWYTE8T.W29SY8SM5V522KJMVKQAJA7SXC",
            "HW1.HW-SDA7A1TCQZ.0HE09HXBP3CN39G0DDGAGD6KX8",
            "HW1.HW-SYWER4XXBQ.6M83S5Y378CPWXSGE66Q7HX0BY",
            "HW1.HW-TTCD2397G7.F9CPR5MAHDHXDNTN0F9ZR1H37W",
            "HW1.HW-VJ06FJJPK0.D94FK8K62KYJ3XC40GXRZ7J5JZ",
            "HW1.HW-093V87YXK0.2C7Y0RPYCG05GP4EQ4AYM7RC");

    @Test
    void aCodeTheEncodersOwnMaskMakesUnreadableIsDrawnWithAMaskThatReads() throws Exception {
        long unreadableAsTheEncoderDrawsThem = 0;
        for (String code : HARD_TO_READ) {
            BitMatrix preferred = new QRCodeWriter()
                    .encode(
                            code,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4));
            if (!readsInOneFrame(image(preferred, 5), code)) {
                unreadableAsTheEncoderDrawsThem++;
            }
            for (int pixelsPerModule = 2; pixelsPerModule <= 9; pixelsPerModule++) {
                assertThat(QrImages.decode(javax.imageio.ImageIO.read(
                                new ByteArrayInputStream(SlipQrCode.png(code, pixelsPerModule)))))
                        .as("%s at %d pixels a module", code, pixelsPerModule)
                        .isEqualTo(code);
            }
        }
        assertThat(unreadableAsTheEncoderDrawsThem)
                .as("the list still holds codes the encoder's preferred mask makes unreadable")
                .isPositive();
    }

    @Test
    void everySignedCodeReadsBackFromAPageAtPrintResolution() throws Exception {
        List<String> unread = new ArrayList<>();
        List<String> all = new ArrayList<>(HARD_TO_READ);
        for (int i = 0; i < Integer.getInteger("slipCodes", 300); i++) {
            all.add(codes.sign("HW-" + reference(i)));
        }
        for (String code : all) {
            BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = page.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            BufferedImage symbol = javax.imageio.ImageIO.read(new ByteArrayInputStream(SlipQrCode.png(code, 8)));
            int side = (int) Math.round(symbol.getWidth() * 1.15);
            graphics.drawImage(symbol, (page.getWidth() - side) / 2, 250, side, side, null);
            graphics.dispose();
            if (!reads(page, code)) {
                unread.add(code);
            }
        }
        assertThat(unread)
                .as("codes not read back from an A4 page at 150 dots per inch")
                .isEmpty();
    }

    private static String reference(int i) {
        String letters = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder reference = new StringBuilder();
        long value = 0x9E3779B97F4A7C15L * (i + 1);
        for (int k = 0; k < 10; k++) {
            reference.append(letters.charAt((int) Long.remainderUnsigned(value >>> (k * 5), 32)));
        }
        return reference.toString();
    }

    private static boolean readsInOneFrame(BufferedImage image, String code) {
        try {
            return code.equals(QrImages.decodeOnce(image));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean reads(BufferedImage image, String code) {
        try {
            return code.equals(QrImages.decode(image));
        } catch (Exception e) {
            return false;
        }
    }

    private static BufferedImage image(BitMatrix matrix, int pixelsPerModule) {
        int size = matrix.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? 0 : 0xFFFFFF);
            }
        }
        return image;
    }
}
