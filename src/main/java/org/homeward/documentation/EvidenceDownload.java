package org.homeward.documentation;

/** A decrypted evidence file handed to the one who downloads it: its description and its bytes. */
record EvidenceDownload(EvidenceFile file, byte[] content) {}
