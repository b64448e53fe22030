package org.homeward.movements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slip signature: RFC 4648 base32, the HMAC contract, refusals, and where the key comes from. */
class BoardingSlipVerifierTest {

    private static final byte[] KEY = "a slip key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    @TempDir
    Path directory;

    private BoardingSlipVerifier verifier() {
        return new BoardingSlipVerifier(new BoardingSlipKey(Base64.getEncoder().encodeToString(KEY), directory));
    }

    @Test
    void writesBase32AsRfc4648TestVectorsWithoutPadding() {
        String[][] vectors = {{"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] vector : vectors) {
            assertThat(BoardingSlipVerifier.Base32.encode(vector[0].getBytes(StandardCharsets.US_ASCII)))
                    .as(vector[0]).isEqualTo(vector[1]);
        }
    }

    @Test
    void readsTheReferenceOfAGenuineSlipSignedIndependently() throws Exception {
        String slip = BoardingTestData.slip(KEY, "HW-7KQ3MZ9TDZ");

        assertThat(slip).matches("HW1\\.HW-7KQ3MZ9TDZ\\.[A-Z2-7]{16}");
        assertThat(verifier().referenceOf(slip)).isEqualTo("HW-7KQ3MZ9TDZ");
        assertThat(verifier().referenceOf(" " + slip.toLowerCase() + "\n")).isEqualTo("HW-7KQ3MZ9TDZ");
    }

    @Test
    void refusesAnAlteredReferenceAnAlteredSignatureAndTextThatIsNoSlip() throws Exception {
        String slip = BoardingTestData.slip(KEY, "HW-7KQ3MZ9TDZ");
        String otherReference = slip.replace("HW-7KQ3MZ9TDZ", "HW-7KQ3MZ9TDY");
        String otherSignature = slip.substring(0, slip.length() - 1) + (slip.endsWith("Q") ? "R" : "Q");

        for (String forged : new String[]{otherReference, otherSignature, "HW1.HW-7KQ3MZ9TDZ", "HW1..", "HW1." + "A".repeat(80)}) {
            assertThatThrownBy(() -> verifier().referenceOf(forged)).as(forged)
                    .isInstanceOfSatisfying(BoardingRefusedException.class, refused -> {
                        assertThat(refused.code()).isEqualTo("SLIP_REFUSED");
                        assertThat(refused.status()).isEqualTo(400);
                        assertThat(refused.fieldProblems().get(0).field()).isEqualTo("scanned");
                    });
        }
    }

    @Test
    void makesAnOwnerOnlyKeyFileWhenNoKeyIsConfiguredAndKeepsUsingIt() throws Exception {
        BoardingSlipKey first = new BoardingSlipKey("", directory);
        BoardingSlipKey second = new BoardingSlipKey(null, directory);

        Path file = directory.resolve(BoardingSlipKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.bytes()).hasSize(32).isEqualTo(second.bytes());
        assertThatThrownBy(() -> new BoardingSlipKey(Base64.getEncoder().encodeToString(new byte[16]), directory))
                .hasMessageContaining("at least 32");
    }
}
