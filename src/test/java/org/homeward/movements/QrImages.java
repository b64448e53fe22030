package org.homeward.movements;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * Reads a QR code back from an image with ZXing, as a scanner would: a scanner takes frame after frame at
 * slightly different distances, so a first reading that fails is tried again with the other binarizer and
 * at smaller sizes before the image counts as unreadable.
 */
final class QrImages {

    private static final double[] FRAMES = {1.0, 0.75, 0.5};

    private QrImages() {}

    static String decode(BufferedImage image) throws Exception {
        ReaderException last = NotFoundException.getNotFoundInstance();
        for (double frame : FRAMES) {
            LuminanceSource source = luminance(frame == 1.0 ? image : scaled(image, frame));
            for (BinaryBitmap bitmap : new BinaryBitmap[] {
                new BinaryBitmap(new HybridBinarizer(source)), new BinaryBitmap(new GlobalHistogramBinarizer(source))
            }) {
                try {
                    return new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        throw last;
    }

    /** One reading of the whole image, with no second try: what a decoder makes of a single frame. */
    static String decodeOnce(BufferedImage image) throws Exception {
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(luminance(image))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static LuminanceSource luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new RGBLuminanceSource(width, height, pixels);
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int width = (int) Math.round(image.getWidth() * scale);
        int height = (int) Math.round(image.getHeight() * scale);
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = smaller.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return smaller;
    }
}
