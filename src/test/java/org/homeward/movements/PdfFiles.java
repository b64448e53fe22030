package org.homeward.movements;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads printed PDFs back as their readers would: text with poppler's {@code pdftotext} and with
 * PDFBox, pages as images with {@code pdftoppm}. Arabic comes out of a PDF in its presentation
 * forms (the shaped glyphs) with direction marks around it; folding those back (NFKC, marks
 * dropped) gives the letters in logical order, as they were registered.
 */
final class PdfFiles {

    private PdfFiles() {}

    /** Writes the PDF under {@code target/} and returns its path. */
    static Path save(byte[] pdf, String name) throws IOException {
        Path file = Path.of("target", "printed", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        return file;
    }

    /** The text poppler extracts, folded. */
    static String popplerText(Path pdf) throws Exception {
        return folded(run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")));
    }

    /** The text PDFBox extracts, folded. */
    static String pdfboxText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return folded(new PDFTextStripper().getText(document));
        }
    }

    /** Renders page 1 to a PNG next to the PDF, at the resolution given, and reads it back. */
    static BufferedImage firstPage(Path pdf, int dotsPerInch) throws Exception {
        String stem = pdf.toString().replaceAll("\\.pdf$", "");
        run(List.of(
                "pdftoppm",
                "-png",
                "-r",
                Integer.toString(dotsPerInch),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf.toString(),
                stem));
        return ImageIO.read(Path.of(stem + ".png").toFile());
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "");
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
