package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Consent as an imported file records it; without a time of recording it is taken as recorded at the import. */
record ImportedConsent(
        Set<Purpose> purposes, List<String> partners, String givenBy, String method, Instant recordedAt) {}
