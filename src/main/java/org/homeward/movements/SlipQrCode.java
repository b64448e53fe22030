package org.homeward.movements;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a slip code as a QR code, as a PNG for the printed slip or as SVG for a page. Quartile
 * error correction, so that a creased or stained slip still scans.
 */
final class SlipQrCode {

    /** Modules of white around the symbol, as the QR specification asks. */
    private static final int QUIET_ZONE = 4;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    /** The eight mask patterns the QR specification defines. */
    private static final int MASK_PATTERNS = 8;

    /** Module sizes, in pixels, at which a symbol must read back before it is used. */
    private static final int[] CHECK_SIZES = {2, 3, 4, 5, 6, 7, 8, 10};

    /** The module size of the PNG a printed slip carries. */
    private static final int PRINTED_PIXELS_PER_MODULE = 8;

    /** Scales at which a printed symbol is checked, as a page rasterised at 100 to 200 dots per inch shows it. */
    private static final double[] PRINT_SCALES = {0.77, 0.93, 1.15, 1.33, 1.53};

    private SlipQrCode() {}

    /**
     * The QR symbol of the text, one module a cell, quiet zone included. About one symbol in a
     * hundred that the encoder's own choice of mask gives cannot be read back by a common decoder
     * (its data happens to draw shapes the detector takes for a corner mark), so each symbol is read
     * back before it is used and, when that fails, drawn with the other masks until one reads.
     */
    static BitMatrix matrix(String text) {
        BitMatrix chosen = encode(text, null);
        if (readsBack(chosen, text)) {
            return chosen;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix other = encode(text, mask);
            if (readsBack(other, text)) {
                return other;
            }
        }
        throw new IllegalStateException("No mask gives a QR code that reads back");
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text does not fit a QR code", e);
        }
    }

    /** Whether a common decoder reads the text back from the symbol drawn at each of the check sizes. */
    private static boolean readsBack(BitMatrix matrix, String text) {
        List<BufferedImage> drawings = new ArrayList<>();
        for (int pixelsPerModule : CHECK_SIZES) {
            drawings.add(image(matrix, pixelsPerModule));
        }
        // A printed page is rasterised at sizes between whole pixels, with blurred edges: check those too.
        BufferedImage printed = image(matrix, PRINTED_PIXELS_PER_MODULE);
        for (double scale : PRINT_SCALES) {
            drawings.add(scaled(printed, scale));
        }
        for (BufferedImage image : drawings) {
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            try {
                Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                if (!text.equals(result.getText())) {
                    return false;
                }
            } catch (ReaderException e) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int side = (int) Math.round(image.getWidth() * scale);
        BufferedImage canvas = new BufferedImage(side + 40, side + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 20, 20, side, side, null);
        graphics.dispose();
        return canvas;
    }

    private static BufferedImage image(BitMatrix matrix, int pixelsPerModule) {
        int size = matrix.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? BLACK : WHITE);
            }
        }
        return image;
    }

    /** A PNG of the text's QR code, each module drawn as a square of {@code pixelsPerModule} pixels. */
    static byte[] png(String text, int pixelsPerModule) {
        BufferedImage image = image(matrix(text), pixelsPerModule);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An SVG of the text's QR code, one unit a module, scalable to any size. */
    static String svg(String text) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int size = matrix.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
