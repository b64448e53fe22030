package org.homeward.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.homeward.files.OwnerOnlyFiles;

/**
 * The server's ECDH P-256 key that devices encrypt their outbox bundles for: the private half kept
 * outside the database (like the offline key), the public half handed to devices while online.
 */
final class BundleKey {

    private static final String CURVE = "secp256r1";
    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;

    private BundleKey(ECPrivateKey privateKey, ECPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key from its base64 PKCS#8 form; the public half is computed from it. */
    static BundleKey of(String base64, String source) {
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(base64.trim());
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey secret = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            if (secret.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalStateException("The bundle key in " + source + " is not on the P-256 curve");
            }
            return new BundleKey(secret, publicHalf(secret, factory));
        } catch (IllegalArgumentException | ClassCastException | GeneralSecurityException unreadable) {
            throw new IllegalStateException(
                    "The bundle key in " + source + " is not a base64 PKCS#8 EC P-256 private key");
        }
    }

    /** The key from the environment when given, else from the key file, made owner-only at first start. */
    static BundleKey load(String fromEnvironment, Path keyFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment, "HOMEWARD_BUNDLE_KEY");
        }
        try {
            if (!Files.exists(keyFile)) {
                // When another process made it first, its key is the one to use.
                OwnerOnlyFiles.createSecret(keyFile, Base64.getEncoder().encodeToString(freshPrivateKey()));
            }
            return of(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the bundle key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static byte[] freshPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair().getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JVM", e);
        }
    }

    /** The JDK keeps no public point in PKCS#8, so it is the generator times the secret, by BouncyCastle. */
    private static ECPublicKey publicHalf(ECPrivateKey secret, KeyFactory factory) throws GeneralSecurityException {
        ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec(CURVE);
        org.bouncycastle.math.ec.ECPoint point =
                curve.getG().multiply(secret.getS()).normalize();
        ECPoint jdkPoint = new ECPoint(
                point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
        return (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(jdkPoint, secret.getParams()));
    }

    /** The public key as Web Crypto imports it: SPKI, base64. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A short name of the public key, so that a bundle made for another server's key is told at once. */
    String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** The ECDH shared secret with a device's ephemeral public key (its x coordinate, as Web Crypto derives it). */
    byte[] agree(PublicKey ephemeral) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(privateKey);
        agreement.doPhase(ephemeral, true);
        return agreement.generateSecret();
    }

    /** A device's ephemeral key from its SPKI bytes, refused unless it is a point of P-256. */
    static ECPublicKey ephemeralKey(byte[] spki) throws GeneralSecurityException {
        ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
        if (key.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new GeneralSecurityException("not P-256");
        }
        return key;
    }

    @Override
    public String toString() {
        return "BundleKey[" + keyId() + "]";
    }
}
