package org.homeward.offline;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays a device exporting its outbox, with the JDK's crypto doing what Web Crypto does in the form:
 * ECDSA P-256 signing (r||s), ephemeral ECDH P-256, HKDF-SHA-256 and AES-256-GCM.
 */
final class DeviceBundleWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceBundleWriter() {}

    static KeyPair signingKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static String publicKey(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The bundle file of these records, as a device of this officer writes it for the server's key. */
    static byte[] write(
            UUID deviceId,
            String officer,
            PrivateKey signingKey,
            String serverKeyId,
            String serverPublicKey,
            List<Map<String, Object>> records)
            throws Exception {
        return write(deviceId, officer, signingKey, serverKeyId, serverPublicKey, records, List.of());
    }

    /** The bundle file of these records and edits of kept households, as a device writes it for the server's key. */
    static byte[] write(
            UUID deviceId,
            String officer,
            PrivateKey signingKey,
            String serverKeyId,
            String serverPublicKey,
            List<Map<String, Object>> records,
            List<Map<String, Object>> edits)
            throws Exception {
        UUID bundleId = UUID.randomUUID();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ephemeral = generator.generateKeyPair();
        PublicKey server = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(serverPublicKey)));
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(ephemeral.getPrivate());
        agreement.doPhase(server, true);
        byte[] key = hkdf(agreement.generateSecret(), bundleId);
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("bundleId", bundleId.toString());
        header.put("deviceId", deviceId.toString());
        header.put("officer", officer);
        header.put("createdAt", Instant.now().toString());
        header.put("serverKeyId", serverKeyId);
        header.put(
                "ephemeralKey",
                Base64.getEncoder().encodeToString(ephemeral.getPublic().getEncoded()));
        header.put("iv", Base64.getEncoder().encodeToString(iv));
        header.put("records", records.size());
        header.put("edits", edits.size());
        String headerText = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(header));

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(headerText.getBytes(StandardCharsets.US_ASCII));
        byte[] plain = JSON.writeValueAsBytes(
                Map.of("records", records, "edits", edits, "outbox", Map.of("waiting", records.size(), "refused", 0)));
        String ciphertextText = Base64.getEncoder().encodeToString(cipher.doFinal(plain));

        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(signingKey);
        signer.update(
                ("homeward-offline-bundle.1." + headerText + "." + ciphertextText).getBytes(StandardCharsets.US_ASCII));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "homeward-offline-bundle");
        file.put("version", 1);
        file.put("header", headerText);
        file.put("ciphertext", ciphertextText);
        file.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
        return JSON.writeValueAsBytes(file);
    }

    private static byte[] hkdf(byte[] shared, UUID bundleId) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(
                shared,
                bundleId.toString().getBytes(StandardCharsets.UTF_8),
                "homeward offline bundle v1".getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }
}
