/**
 * Allocation: proposes which reception centre each waiting household should go to, for a whole
 * planned arrival day or plan and for one household at the registration desk. The solver lives in
 * {@code engine} as plain Java over plain records (no Spring, no database), so it can be tested and
 * benchmarked alone; this package reads and writes the CSV files of the {@code allocate} command.
 * Every proposal carries the reasons behind it (distance, cost terms, room left, needs met) so that a
 * person can accept, override or reject it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Allocation",
        allowedDependencies = {"access", "database", "files", "places", "problems", "reception", "web"})
package org.homeward.allocation;
