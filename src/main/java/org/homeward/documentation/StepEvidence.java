package org.homeward.documentation;

/** One piece of evidence a step needs, such as a signed birth notification. */
record StepEvidence(String code, CaseText name) {}
