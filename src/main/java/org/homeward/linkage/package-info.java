/**
 * Duplicate detection: finds registrations of the same person across households, sites and
 * scripts. The engine in {@code org.homeward.linkage.engine} is plain Java (standardise, block,
 * score, cluster); the review queue and the database side build on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Linkage",
        allowedDependencies = {"access", "database", "places", "problems", "registry", "web"})
package org.homeward.linkage;
