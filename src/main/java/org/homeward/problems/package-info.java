/**
 * Problems: the one shape of a request that cannot be served as asked, in domain words. A feature
 * throws a {@link org.homeward.problems.ProblemException} with a {@link org.homeward.problems.ProblemKind}
 * (what went wrong: not found, in conflict with the current state, ...) and a code from its own
 * {@link org.homeward.problems.ProblemCode} enum; only {@code web} knows which HTTP status a kind is
 * answered with. Every feature may use this package; it depends on nothing of Homeward.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Problems",
        allowedDependencies = {})
package org.homeward.problems;
