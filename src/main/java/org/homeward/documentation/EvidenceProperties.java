package org.homeward.documentation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that encrypts evidence files comes from.
 *
 * @param keyset     a Tink JSON keyset of AES-256-GCM keys ({@code HOMEWARD_EVIDENCE_KEYSET}); when empty,
 *                   the key file
 * @param keysetFile the key file (default {@code <data-dir>/evidence-keyset.json}), made owner-only with one
 *                   new key at first start when it does not exist
 */
@ConfigurationProperties("homeward.evidence")
record EvidenceProperties(String keyset, Path keysetFile) {}
