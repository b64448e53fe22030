package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlipCodesTest {

    private static final String REFERENCE = "HW-7KQ3MZ9TDZ";
    private final SlipKey key = SlipKey.of(randomKey(), "test");
    private final SlipCodes codes = new SlipCodes(key, List.of());

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aSignedReferenceComesBackFromItsCode() {
        String code = codes.sign(REFERENCE);

        assertThat(code).startsWith("HW1." + REFERENCE + ".").matches("[A-Z0-9.-]+");
        assertThat(code.length() - ("HW1." + REFERENCE + ".").length()).isEqualTo(24);
        SlipCheck check = codes.verify(code);
        assertThat(check.accepted()).isTrue();
        assertThat(check.reference()).contains(REFERENCE);
    }

    @Test
    void aCodeTypedByAScannerWithCapsLockOrATrailingReturnIsStillAccepted() {
        String code = codes.sign(REFERENCE);

        assertThat(codes.verify(code.toLowerCase() + "\n").reference()).contains(REFERENCE);
        assertThat(codes.verify("  " + code + "\t").reference()).contains(REFERENCE);
    }

    @Test
    void everySingleCharacterChangedInTheCodeIsRefused() {
        String code = codes.sign(REFERENCE);
        int refused = 0;
        for (int position = 0; position < code.length(); position++) {
            char original = code.charAt(position);
            char other =
                    original == '7' ? '8' : original == '.' ? '-' : original == '-' ? '.' : original == 'Z' ? 'Y' : '7';
            String altered = code.substring(0, position) + other + code.substring(position + 1);
            SlipCheck check = codes.verify(altered);
            assertThat(check.accepted()).as(altered).isFalse();
            refused++;
        }
        assertThat(refused).isEqualTo(code.length());
    }

    @Test
    void aSignatureMovedToAnotherReferenceIsRefusedAsForged() {
        String signature = codes.sign(REFERENCE).substring(("HW1." + REFERENCE + ".").length());

        SlipCheck check = codes.verify("HW1.HW-7KQ3MZ9TDY." + signature);

        assertThat(check.refusal()).contains(SlipRefusal.SIGNATURE_MISMATCH);
    }

    @Test
    void aCodeSignedWithAnotherKeyIsRefused() {
        SlipCodes elsewhere = new SlipCodes(SlipKey.of(randomKey(), "other"), List.of());

        assertThat(codes.verify(elsewhere.sign(REFERENCE)).refusal()).contains(SlipRefusal.SIGNATURE_MISMATCH);
    }

    @Test
    void aSlipSignedBeforeARotationIsStillAcceptedButNewSlipsUseTheNewKey() {
        SlipKey newKey = SlipKey.of(randomKey(), "new");
        SlipCodes rotated = new SlipCodes(newKey, List.of(key));
        String oldSlip = codes.sign(REFERENCE);

        assertThat(rotated.verify(oldSlip).reference()).contains(REFERENCE);
        assertThat(rotated.sign(REFERENCE)).isNotEqualTo(oldSlip);
        assertThat(codes.verify(rotated.sign(REFERENCE)).accepted()).isFalse();
    }

    @Test
    void aReferenceOfTheOldSequentialFormIsSignedAndCheckedAlike() {
        String code = codes.sign("HW-0021619");

        assertThat(codes.verify(code).reference()).contains("HW-0021619");
    }

    @Test
    void aBareReferenceOrOtherTextIsNotASlipCode() {
        assertThat(codes.verify(REFERENCE).refusal()).contains(SlipRefusal.NOT_A_SLIP_CODE);
        assertThat(codes.verify("https://example.org/x.y").refusal()).contains(SlipRefusal.NOT_A_SLIP_CODE);
        assertThat(codes.verify("").refusal()).contains(SlipRefusal.EMPTY);
        assertThat(codes.verify(null).refusal()).contains(SlipRefusal.EMPTY);
        assertThat(codes.verify("HW2." + REFERENCE + ".0123456789ABCDEFGHJKMNPQ")
                        .refusal())
                .contains(SlipRefusal.UNKNOWN_VERSION);
        assertThat(codes.verify("HW1." + REFERENCE).refusal()).contains(SlipRefusal.MALFORMED);
        assertThat(codes.verify("HW1." + REFERENCE + ".SHORT").refusal()).contains(SlipRefusal.MALFORMED);
        assertThat(codes.verify("HW1.\u0000." + "0".repeat(24)).refusal()).contains(SlipRefusal.MALFORMED);
    }

    @Test
    void refusesToSignSomethingThatIsNotAReference() {
        assertThatThrownBy(() -> codes.sign("HW-1.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.sign(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyFileIsMadeOnceOwnerOnlyAndKeptAcrossStarts(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("slip-key");
        SlipCodes first = new SlipCodes(SlipKey.load(null, file), List.of());
        SlipCodes second = new SlipCodes(SlipKey.load("", file), List.of());

        assertThat(second.verify(first.sign(REFERENCE)).accepted()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
    }

    @Test
    void aKeyFromTheEnvironmentWinsOverTheFileAndAShortKeyIsRefused(@TempDir Path directory) {
        String environment = randomKey();
        SlipCodes fromEnvironment = new SlipCodes(SlipKey.load(environment, directory.resolve("slip-key")), List.of());

        assertThat(Files.exists(directory.resolve("slip-key"))).isFalse();
        assertThat(new SlipCodes(SlipKey.of(environment, "again"), List.of())
                        .verify(fromEnvironment.sign(REFERENCE))
                        .accepted())
                .isTrue();
        assertThatThrownBy(() -> SlipKey.of(Base64.getEncoder().encodeToString(new byte[16]), "HOMEWARD_SLIP_KEY"))
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> SlipKey.of("not base64 !", "HOMEWARD_SLIP_KEY"))
                .hasMessageContaining("base64");
        assertThat(key.toString())
                .doesNotContain(Optional.ofNullable(environment).orElse("x"));
    }

    @Test
    void base32IsCrockfordsAlphabetMostSignificantBitsFirst() {
        assertThat(SlipCodes.base32(new byte[] {(byte) 0xFF, 0, 0, 0, 0})).isEqualTo("ZW000000");
        assertThat(SlipCodes.base32(new byte[] {0, 0, 0, 0, 1})).isEqualTo("00000001");
    }
}
