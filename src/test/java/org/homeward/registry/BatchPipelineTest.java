package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchPipelineTest {

    @Test
    void deliversEveryBatchInOrderThenTheEnd() throws Exception {
        List<Integer> received = new ArrayList<>();
        try (BatchPipeline<Integer> pipeline = BatchPipeline.start(2, "test-producer", sink -> {
            for (int i = 0; i < 100; i++) {
                sink.accept(i);
            }
        })) {
            for (Integer batch = pipeline.next(); batch != null; batch = pipeline.next()) {
                received.add(batch);
            }
        }
        assertThat(received).hasSize(100).isSorted().startsWith(0).endsWith(99);
    }

    @Test
    void theProducersFailureReachesTheConsumerAfterTheBatchesBeforeIt() throws Exception {
        try (BatchPipeline<String> pipeline = BatchPipeline.start(2, "test-producer", sink -> {
            sink.accept("first");
            throw new IOException("the file went away");
        })) {
            assertThat(pipeline.next()).isEqualTo("first");
            assertThatThrownBy(pipeline::next).isInstanceOf(IOException.class).hasMessage("the file went away");
        }
    }

    @Test
    void closingStopsAProducerThatWaitsForRoom() throws Exception {
        AtomicInteger made = new AtomicInteger();
        BatchPipeline<Integer> pipeline = BatchPipeline.start(1, "test-producer", sink -> {
            while (true) {
                sink.accept(made.incrementAndGet());
            }
        });
        assertThat(pipeline.next()).isEqualTo(1);
        pipeline.close();
        int madeWhenClosed = made.get();
        // Bounded: the producer never ran more than the queue's room ahead of the consumer.
        assertThat(madeWhenClosed).isLessThanOrEqualTo(3);
        Thread.sleep(200);
        assertThat(made.get()).isEqualTo(madeWhenClosed);
    }
}
