package org.homeward.documentation;

/** A reminder to set on a case: the day (YYYY-MM-DD) and what to do. */
record CaseReminderRequest(String dueOn, String note) {}
