/**
 * The linkage engine: plain Java, no Spring, JDBC or web. Its stages are named classes:
 * {@link org.homeward.linkage.engine.Standardiser} (names in both scripts, dates, phones,
 * documents), {@link org.homeward.linkage.engine.BlockingScheme} and
 * {@link org.homeward.linkage.engine.CandidateIndex} (candidate pairs),
 * {@link org.homeward.linkage.engine.ModelEstimator} and
 * {@link org.homeward.linkage.engine.PairScorer} (Fellegi–Sunter weights with EM-estimated m,
 * u and λ, term-frequency adjusted, explained field by field), and
 * {@link org.homeward.linkage.engine.Clusterer} (persons without chaining strangers).
 * {@link org.homeward.linkage.engine.LinkageRun} runs them all over a batch.
 */
@org.springframework.modulith.NamedInterface("engine")
package org.homeward.linkage.engine;
