package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Survey CSV files in the encodings Arabic offices write them in, written to disk at test time and
 * read back as bytes: Windows-1256 without a byte-order mark, UTF-16 with one, and a Latin-1 file
 * that must not be taken for Arabic.
 */
class SurveyEncodingTest {

    private static final String HEADER = "رقم الأسرة;هل تنوون العودة؟;إلى أين؟";
    private static final String ROW = "HW-7KQ3MZ9TDZ;خلال 3 أشهر;صوران، حلب";

    @Test
    void readsAWindows1256FileAsArabic() throws IOException {
        byte[] written = write(
                "intentions-1256.csv", HEADER + "\r\n" + ROW + "\r\n", SurveyTextDecoder.WINDOWS_1256, new byte[0]);
        assertThat(isUtf8(written)).as("the file really is not UTF-8").isFalse();

        SurveySheet sheet = SurveySheetReader.read(written, 100);

        assertThat(sheet.header()).containsExactly("رقم الأسرة", "هل تنوون العودة؟", "إلى أين؟");
        assertThat(sheet.rows())
                .singleElement()
                .satisfies(
                        row -> assertThat(row.cells()).containsExactly("HW-7KQ3MZ9TDZ", "خلال 3 أشهر", "صوران، حلب"));
    }

    @Test
    void readsUtf16WithItsByteOrderMarkInEitherOrder() throws IOException {
        byte[] little =
                write("intentions-utf16le.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_16LE, new byte[] {
                    (byte) 0xFF, (byte) 0xFE
                });
        byte[] big = write("intentions-utf16be.csv", HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_16BE, new byte[] {
            (byte) 0xFE, (byte) 0xFF
        });

        for (byte[] file : List.of(little, big)) {
            SurveySheet sheet = SurveySheetReader.read(file, 100);
            assertThat(sheet.header()).containsExactly("رقم الأسرة", "هل تنوون العودة؟", "إلى أين؟");
            assertThat(sheet.rows().get(0).cells()).containsExactly("HW-7KQ3MZ9TDZ", "خلال 3 أشهر", "صوران، حلب");
        }
    }

    @Test
    void refusesALatin1FileThatWouldReadAsNonsenseNamingTheEncodings() throws IOException {
        byte[] written = write(
                "intentions-latin1.csv",
                "household_reference;return_intention;return_destination\n" + "HW-0000001;no;Crèche du marché à côté\n",
                StandardCharsets.ISO_8859_1,
                new byte[0]);

        assertThatThrownBy(() -> SurveySheetReader.read(written, 100))
                .isInstanceOfSatisfying(SurveyFileException.class, refused -> {
                    assertThat(refused.problem().code().name()).isEqualTo("FILE_NOT_UTF8");
                    assertThat(refused.problem().message()).contains("UTF-8").contains("Windows-1256");
                });
    }

    @Test
    void refusesAByteOrderMarkThatLies() {
        byte[] lying = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ';', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> SurveySheetReader.read(lying, 100))
                .isInstanceOfSatisfying(
                        SurveyFileException.class,
                        refused -> assertThat(refused.problem().code().name()).isEqualTo("FILE_ENCODING_INVALID"));
    }

    @Test
    void arabicIsPlausibleOnlyWhenMostOfWhatIsNotAsciiIsArabic() {
        assertThat(SurveyTextDecoder.plausiblyArabic("HW-1;لا;حمص")).isTrue();
        assertThat(SurveyTextDecoder.plausiblyArabic("HW-1;no;Crèche du marché à côté"))
                .isFalse();
        assertThat(SurveyTextDecoder.plausiblyArabic("HW-1;no;Homs"))
                .as("no Arabic at all")
                .isFalse();
        assertThat(SurveyTextDecoder.plausiblyArabic("حمص\u0001"))
                .as("control characters are binary")
                .isFalse();
    }

    private static byte[] write(String name, String text, Charset charset, byte[] byteOrderMark) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "survey-encodings"));
        byte[] body = text.getBytes(charset);
        byte[] content = new byte[byteOrderMark.length + body.length];
        System.arraycopy(byteOrderMark, 0, content, 0, byteOrderMark.length);
        System.arraycopy(body, 0, content, byteOrderMark.length, body.length);
        Path file = directory.resolve(name);
        Files.write(file, content);
        return Files.readAllBytes(file);
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }
}
