package org.homeward.offline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.homeward.offline.OfflineRequests.OutboxStatus;
import org.homeward.offline.OfflineRequests.SyncRecord;
import org.homeward.problems.ProblemKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a bundle's signature with its device's registered key and decrypts its records with the
 * server's bundle key: ECDSA P-256/SHA-256 over the header and ciphertext, then ECDH P-256 with the
 * bundle's ephemeral key, HKDF-SHA-256 and AES-256-GCM, as Web Crypto does them on the device.
 */
@Component
final class BundleOpener {

    static final String KEY_INFO = "homeward offline bundle v1";
    private static final int GCM_TAG_BITS = 128;

    /**
     * What the bundle carried, once it is proven to come from its device and opened: the new registrations
     * and the edits of households kept on the device, each edit with the version it started from.
     */
    record BundleContents(List<SyncRecord> records, List<BundleEdit> edits, OutboxStatus outbox) {
        BundleContents {
            records = records == null ? List.of() : records;
            edits = edits == null ? List.of() : edits;
        }
    }

    /**
     * An edit made offline to a household kept on the device, as the device would send it to the offline-edit
     * service: its id (a resend changes nothing), the household, the version it started from, the fields changed.
     */
    record BundleEdit(
            UUID clientId,
            UUID householdId,
            Long baseVersion,
            Map<String, Object> household,
            List<Map<String, Object>> members) {}

    private final BundleKey serverKey;
    private final JsonMapper json;

    BundleOpener(BundleKey serverKey, JsonMapper json) {
        this.serverKey = serverKey;
        this.json = json;
    }

    /** Refuses the bundle unless the device's key signed exactly these header and ciphertext bytes. */
    static void requireSignature(BundleFile bundle, String signingKeyBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(signingKeyBase64.strip())));
            // Web Crypto signs ECDSA as r||s (IEEE P1363), not DER.
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(bundle.signedBytes());
            if (verifier.verify(bundle.signature())) {
                return;
            }
        } catch (GeneralSecurityException | IllegalArgumentException unverifiable) {
            // Falls through to the refusal: a signature that cannot be checked does not hold.
        }
        throw new BundleRefusedException(
                ProblemKind.REFUSED,
                OfflineProblemCode.BUNDLE_SIGNATURE_INVALID,
                "The bundle's signature does not match the device it names: it was changed, or another device made it");
    }

    /** The records, decrypted; the header is bound to them, so neither can be swapped. */
    BundleContents open(BundleFile bundle) {
        if (!serverKey.keyId().equals(bundle.header().serverKeyId())) {
            throw new BundleRefusedException(
                    ProblemKind.REFUSED,
                    OfflineProblemCode.BUNDLE_WRONG_SERVER_KEY,
                    "The bundle was encrypted for another server's key: import it on the server the device was set up with");
        }
        byte[] plain;
        try {
            byte[] shared =
                    serverKey.agree(BundleKey.ephemeralKey(bundle.header().ephemeralKey()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(contentKey(shared, bundle), "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, bundle.header().iv()));
            cipher.updateAAD(bundle.associatedData());
            plain = cipher.doFinal(bundle.ciphertext());
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException undecryptable) {
            throw new BundleRefusedException(
                    ProblemKind.REFUSED,
                    OfflineProblemCode.BUNDLE_NOT_DECRYPTABLE,
                    "The bundle cannot be decrypted with this server's key: it was made for another server or damaged");
        }
        try {
            return json.readValue(plain, BundleContents.class);
        } catch (JacksonException unreadable) {
            throw BundleRefusedException.unreadable("records");
        }
    }

    /** HKDF-SHA-256 of the ECDH secret, salted with the bundle's id, into a 256-bit AES key. */
    private static byte[] contentKey(byte[] shared, BundleFile bundle) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(
                shared,
                bundle.header().bundleId().toString().getBytes(StandardCharsets.UTF_8),
                KEY_INFO.getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }
}
