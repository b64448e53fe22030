package org.homeward.registry;

import org.homeward.problems.ProblemCode;

/**
 * One thing wrong with input: the field at fault (a path such as {@code members[2].birthDate}),
 * a stable code such as {@code BIRTH_DATE_IN_FUTURE}, and a sentence for people.
 */
public record ValidationProblem(String field, ProblemCode code, String message) {}
