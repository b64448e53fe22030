package org.homeward.linkage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How batch runs behave across several servers, from {@code homeward.linkage.run.*}: how long the server
 * computing a run may stay silent before another (or the same one restarted) takes the run up, and how many
 * servers may begin one run before it is failed instead.
 */
@ConfigurationProperties("homeward.linkage.run")
record DuplicateRunProperties(
        @DefaultValue("30s") Duration silentAfter,
        @DefaultValue("3") int attempts) {}
