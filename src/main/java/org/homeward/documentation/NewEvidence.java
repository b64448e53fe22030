package org.homeward.documentation;

import java.util.UUID;

/**
 * A scanned document as uploaded, before it is checked and encrypted.
 *
 * @param title   what the document is, as the case worker names it (e.g. "Hospital birth notification")
 * @param caseId  the documentation case it is evidence for, or null
 * @param stepId  the step of that case it is evidence for, or null
 * @param content the file's bytes
 */
public record NewEvidence(String title, UUID caseId, UUID stepId, byte[] content) {}
