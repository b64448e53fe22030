package org.homeward.movements;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a well-formed XHTML page into a PDF with openhtmltopdf: the Noto fonts embedded, Arabic
 * split into bidirectional runs, reordered and shaped with ICU, lines broken the Arabic way. The
 * page may load nothing from outside (no file, no network): images come inline as data URIs.
 */
class PdfRenderer {

    static final String SANS = "Noto Sans";
    static final String NASKH = "Noto Naskh Arabic";

    /** The PDF of the page; its {@code <title>} goes into the document's metadata, so it must name nobody. */
    byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        font(builder, "NotoSans-Regular.ttf", SANS, 400);
        font(builder, "NotoSans-Bold.ttf", SANS, 700);
        font(builder, "NotoNaskhArabic-Regular.ttf", NASKH, 400);
        font(builder, "NotoNaskhArabic-Bold.ttf", NASKH, 700);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag("ar")));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(Locale.forLanguageTag("ar")));
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Homeward");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> open(file), family, weight, FontStyle.NORMAL, true);
    }

    private static InputStream open(String file) {
        return Objects.requireNonNull(PdfRenderer.class.getResourceAsStream("/fonts/" + file), file);
    }
}
