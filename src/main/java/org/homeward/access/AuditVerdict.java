package org.homeward.access;

import java.util.Optional;

/**
 * What verifying the audit trail found.
 *
 * @param entries            how many entries the chain holds
 * @param intactUpTo         the last entry up to which every hash, link and anchor holds (0: none)
 * @param confirmedAnchor    the newest anchor whose entry was found with the hash it wrote down
 * @param anchors            how many anchor lines were read
 * @param unreadableAnchors  anchor lines that could not be read (a torn write, or tampering)
 * @param firstBreak         the first entry that fails, if any
 */
public record AuditVerdict(
        long entries,
        long intactUpTo,
        Optional<AuditAnchor> confirmedAnchor,
        int anchors,
        int unreadableAnchors,
        Optional<AuditBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
