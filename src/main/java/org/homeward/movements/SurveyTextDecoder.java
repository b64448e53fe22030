package org.homeward.movements;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.homeward.problems.CommonProblemCode;

/**
 * Decodes the text of a CSV survey export. A byte-order mark says the encoding (UTF-8, UTF-16 little
 * or big endian). Without one the text must be UTF-8, or else Windows-1256, which Excel and KoBo on
 * Arabic Windows write: that is accepted only when what it reads is plausibly Arabic text, since any
 * bytes at all decode as Windows-1256 and a guess that reads a Latin-1 or binary file as Arabic would
 * put nonsense into people's records.
 */
final class SurveyTextDecoder {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Arabic letters among the characters outside ASCII, at least, for a Windows-1256 reading to be believed. */
    private static final double ARABIC_SHARE = 0.8;

    private static final int MIN_ARABIC_LETTERS = 2;

    private SurveyTextDecoder() {}

    /** The file's text, or a problem at row 0 naming the encodings it may be in. */
    static String decode(byte[] content) {
        if (starts(content, 0xEF, 0xBB, 0xBF)) {
            return strict(content, 3, StandardCharsets.UTF_8).orElseThrow(() -> notReadable("UTF-8"));
        }
        if (starts(content, 0xFF, 0xFE)) {
            return strict(content, 2, StandardCharsets.UTF_16LE).orElseThrow(() -> notReadable("UTF-16"));
        }
        if (starts(content, 0xFE, 0xFF)) {
            return strict(content, 2, StandardCharsets.UTF_16BE).orElseThrow(() -> notReadable("UTF-16"));
        }
        Optional<String> utf8 = strict(content, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        return strict(content, 0, WINDOWS_1256)
                .filter(SurveyTextDecoder::plausiblyArabic)
                .orElseThrow(() -> new SurveyFileException(
                        0,
                        CommonProblemCode.FILE_NOT_UTF8,
                        "The file is not UTF-8, has no byte-order mark, and does not read as Arabic text in Windows-1256:"
                                + " export it again as XLSX or as CSV in UTF-8"));
    }

    /**
     * Whether a text read as Windows-1256 looks like Arabic: some Arabic letters, most characters
     * outside ASCII Arabic, and no control characters but tabs and line ends.
     */
    static boolean plausiblyArabic(String text) {
        long arabic = 0;
        long otherNonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (c < 0x80 || Character.isWhitespace(c)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else {
                otherNonAscii++;
            }
        }
        return arabic >= MIN_ARABIC_LETTERS && arabic >= ARABIC_SHARE * (arabic + otherNonAscii);
    }

    private static Optional<String> strict(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString());
        } catch (CharacterCodingException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static SurveyFileException notReadable(String encoding) {
        return new SurveyFileException(
                0,
                MovementsProblemCode.FILE_ENCODING_INVALID,
                "The file says it is " + encoding + " by its byte-order mark but is not valid " + encoding
                        + ": export it again as XLSX or as CSV in UTF-8");
    }
}
