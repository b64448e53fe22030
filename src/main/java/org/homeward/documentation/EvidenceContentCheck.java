package org.homeward.documentation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.homeward.problems.ProblemKind;

/**
 * Decides what an uploaded file is by its content, never by its name or declared type: it must
 * start with the bytes of a PDF, JPEG or PNG and then parse as one (PDFBox for PDF, ImageIO for
 * images), so an HTML page named {@code .pdf} or a truncated scan is refused.
 */
final class EvidenceContentCheck {

    /** The most an evidence file may hold: 10 MiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** An image larger than this many pixels is refused before it is decoded (a few kilobytes can claim gigapixels). */
    static final long MAX_PIXELS = 120_000_000L;

    private EvidenceContentCheck() {}

    /** The file's media type, or {@link EvidenceRefusedException} saying why it is not kept. */
    static EvidenceMediaType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw EvidenceRefusedException.badField(
                    "file",
                    DocumentationProblemCode.EVIDENCE_FILE_EMPTY,
                    "The file is empty: choose a scanned document");
        }
        if (content.length > MAX_BYTES) {
            throw new EvidenceRefusedException(
                    ProblemKind.TOO_LARGE,
                    DocumentationProblemCode.EVIDENCE_TOO_LARGE,
                    "file",
                    "The file has " + content.length + " bytes; an evidence file has at most 10 MB (" + MAX_BYTES
                            + " bytes)");
        }
        EvidenceMediaType type = Arrays.stream(EvidenceMediaType.values())
                .filter(candidate -> candidate.startsWithMagic(content))
                .findFirst()
                .orElseThrow(() -> new EvidenceRefusedException(
                        ProblemKind.UNSUPPORTED_TYPE,
                        DocumentationProblemCode.EVIDENCE_TYPE_REFUSED,
                        "file",
                        "The file is not a PDF, JPEG or PNG by its content (whatever its name says)"));
        boolean readable = type == EvidenceMediaType.PDF ? pdfReadable(content) : imageReadable(content, type);
        if (!readable) {
            throw new EvidenceRefusedException(
                    ProblemKind.UNSUPPORTED_TYPE,
                    DocumentationProblemCode.EVIDENCE_UNREADABLE,
                    "file",
                    "The file starts like a " + type.name()
                            + " but cannot be read as one: it is damaged or not what it claims");
        }
        return type;
    }

    private static boolean pdfReadable(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean imageReadable(byte[] content, EvidenceMediaType type) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Optional<ImageReader> found = reader(input, type);
            if (found.isEmpty()) {
                return false;
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                BufferedImage image = reader.read(0);
                return image != null && image.getWidth() > 0 && image.getHeight() > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static Optional<ImageReader> reader(ImageInputStream input, EvidenceMediaType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (type == EvidenceMediaType.PNG
                        ? format.equals("png")
                        : format.equals("jpeg") || format.equals("jpg")) {
                    return Optional.of(reader);
                }
            } catch (IOException ignored) {
                // a reader that cannot name its format is not the one wanted
            }
            reader.dispose();
        }
        return Optional.empty();
    }
}
