package org.homeward.movements;

/**
 * One data row of a survey export read through a mapping: who it is about (as written) and what the
 * household said, checked.
 *
 * @param row            the row's number in the file
 * @param reference      the household reference as written, or empty
 * @param documentNumber a document number as written, or empty
 * @param submissionId   the survey tool's id of the submission, or empty
 */
record SurveyAnswer(long row, String reference, String documentNumber, IntentionDetails details, String submissionId) {}
