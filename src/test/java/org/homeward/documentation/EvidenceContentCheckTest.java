package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.homeward.web.ProblemStatuses;
import org.junit.jupiter.api.Test;

class EvidenceContentCheckTest {

    @Test
    void acceptsARealPdfJpegAndPngByTheirContent() {
        assertThat(EvidenceContentCheck.check(EvidenceSamples.pdf("Birth notification")))
                .isEqualTo(EvidenceMediaType.PDF);
        assertThat(EvidenceContentCheck.check(EvidenceSamples.jpeg(1))).isEqualTo(EvidenceMediaType.JPEG);
        assertThat(EvidenceContentCheck.check(EvidenceSamples.png(1))).isEqualTo(EvidenceMediaType.PNG);
    }

    @Test
    void refusesHtmlWhateverItIsCalled() {
        assertRefused(EvidenceSamples.html(), 415, "EVIDENCE_TYPE_REFUSED");
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPdf() {
        byte[] fake = "%PDF-1.7\n<html><body>not really</body></html>".getBytes(StandardCharsets.US_ASCII);
        assertRefused(fake, 415, "EVIDENCE_UNREADABLE");
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] jpeg = EvidenceSamples.jpeg(2);
        assertRefused(Arrays.copyOf(jpeg, 30), 415, "EVIDENCE_UNREADABLE");
    }

    @Test
    void refusesAnEmptyFileAndOneOverTenMegabytes() {
        assertRefused(new byte[0], 400, "EVIDENCE_FILE_EMPTY");
        byte[] large = Arrays.copyOf(EvidenceSamples.pdf("x"), EvidenceContentCheck.MAX_BYTES + 1);
        assertRefused(large, 413, "EVIDENCE_TOO_LARGE");
    }

    @Test
    void refusesAPngThatClaimsGigapixels() {
        byte[] png = EvidenceSamples.png(3);
        // IHDR starts at byte 8: length (4), type (4), width (4), height (4), ...; its CRC follows the 13 data bytes.
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, 60_000).putInt(20, 60_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        assertRefused(png, 415, "EVIDENCE_UNREADABLE");
    }

    private static void assertRefused(byte[] content, int status, String code) {
        assertThatThrownBy(() -> EvidenceContentCheck.check(content))
                .isInstanceOfSatisfying(EvidenceRefusedException.class, refused -> {
                    assertThat(ProblemStatuses.of(refused)).isEqualTo(status);
                    assertThat(refused.code().name()).isEqualTo(code);
                    assertThat(refused.fieldProblems())
                            .extracting(problem -> problem.field())
                            .containsExactly("file");
                });
    }
}
