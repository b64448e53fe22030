package org.homeward.offline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An outbox bundle as read from its file, before anything in it is trusted: the header in the clear
 * (who, when, for which server key, how many records and edits), the encrypted records and edits, and the
 * device's signature over both. The format is described in docs/offline.md.
 */
record BundleFile(String headerText, BundleHeader header, String ciphertextText, byte[] ciphertext, byte[] signature) {

    static final String FORMAT = "homeward-offline-bundle";
    static final int VERSION = 1;

    /** What the header says: the bundle, the device and its officer, and how the records were encrypted. */
    record BundleHeader(
            UUID bundleId,
            UUID deviceId,
            String officer,
            Instant createdAt,
            String serverKeyId,
            byte[] ephemeralKey,
            byte[] iv,
            int records,
            int edits) {}

    /** The exact bytes the device signed: the header and the ciphertext as they stand in the file. */
    byte[] signedBytes() {
        return (FORMAT + "." + VERSION + "." + headerText + "." + ciphertextText).getBytes(StandardCharsets.US_ASCII);
    }

    /** The header's exact bytes, bound to the ciphertext as its associated data. */
    byte[] associatedData() {
        return headerText.getBytes(StandardCharsets.US_ASCII);
    }

    static BundleFile read(byte[] bytes, JsonMapper json) {
        try {
            JsonNode file = json.readTree(bytes);
            if (file == null
                    || !file.isObject()
                    || !FORMAT.equals(file.path("format").asString(""))) {
                throw BundleRefusedException.unreadable("no bundle format");
            }
            if (file.path("version").asInt(0) != VERSION) {
                throw BundleRefusedException.unreadable("unknown version");
            }
            String headerText = text(file, "header");
            String ciphertextText = text(file, "ciphertext");
            BundleHeader header = header(json.readTree(decode(headerText, "header")));
            return new BundleFile(
                    headerText,
                    header,
                    ciphertextText,
                    decode(ciphertextText, "ciphertext"),
                    decode(text(file, "signature"), "signature"));
        } catch (JacksonException notJson) {
            throw BundleRefusedException.unreadable("not JSON");
        }
    }

    private static BundleHeader header(JsonNode header) {
        try {
            return new BundleHeader(
                    UUID.fromString(text(header, "bundleId")),
                    UUID.fromString(text(header, "deviceId")),
                    text(header, "officer"),
                    Instant.parse(text(header, "createdAt")),
                    text(header, "serverKeyId"),
                    decode(text(header, "ephemeralKey"), "ephemeral key"),
                    decode(text(header, "iv"), "iv"),
                    header.path("records").asInt(-1),
                    // A bundle of a device that carried registrations only names no edits.
                    header.path("edits").asInt(0));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException badField) {
            throw BundleRefusedException.unreadable("header");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isEmpty()) {
            throw BundleRefusedException.unreadable("no " + field);
        }
        return value.asString();
    }

    private static byte[] decode(String base64, String field) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw BundleRefusedException.unreadable(field + " is not base64");
        }
    }
}
