package org.homeward.registry;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands batches made on a background thread to the calling thread through a small bounded queue,
 * so that reading and preparing the next batch overlaps writing the current one, and a slow
 * database holds at most a few batches in memory. A failure on either side stops both.
 *
 * @param <T> the batch
 */
final class BatchPipeline<T> implements AutoCloseable {

    /** Makes the batches, giving each to the sink; may throw anything, which reaches the consumer. */
    interface Producer<T> {
        void produce(Consumer<T> sink) throws Exception;
    }

    private static final Object END = new Object();
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;

    private BatchPipeline(int capacity, Producer<T> producer, String name) {
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(() -> run(producer), name);
        thread.setDaemon(true);
    }

    static <T> BatchPipeline<T> start(int capacity, String name, Producer<T> producer) {
        BatchPipeline<T> pipeline = new BatchPipeline<>(capacity, producer, name);
        pipeline.thread.start();
        return pipeline;
    }

    private void run(Producer<T> producer) {
        Object last = END;
        try {
            producer.produce(this::offer);
        } catch (Stopped stopped) {
            return;
        } catch (Throwable failure) {
            last = new Failure(failure);
        }
        try {
            offer(last);
        } catch (Stopped stopped) {
            // Nobody is waiting for the end any more.
        }
    }

    private void offer(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // Closing clears the queue, which can let a waiting offer in just after: the consumer
                    // has gone all the same, so the producer must not go on to make another batch.
                    if (closed) {
                        throw new Stopped();
                    }
                    return;
                }
            }
            throw new Stopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The next batch, or null when the producer has finished; rethrows the producer's failure. */
    @SuppressWarnings("unchecked")
    T next() throws Exception {
        Object item = queue.take();
        if (item == END) {
            return null;
        }
        if (item instanceof Failure failure) {
            if (failure.cause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failure.cause();
        }
        return (T) item;
    }

    /** Stops the producer (if it still runs) and waits for it to end. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        queue.clear();
        thread.join();
    }

    private record Failure(Throwable cause) {}

    /** Ends a producer whose consumer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the import pipeline was closed", null, false, false);
        }
    }
}
