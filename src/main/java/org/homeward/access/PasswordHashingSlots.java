package org.homeward.access;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The few slots in which argon2id hashes may run at once. Each hash takes 19 MiB and most of a
 * processor for a while, so a flood of sign-ins would otherwise starve every other request; a
 * caller that cannot get a slot soon is refused instead of queueing. The bound holds within one
 * process: several Homeward processes each have their own.
 */
@Component
class PasswordHashingSlots {

    private final Semaphore slots;
    private final int size;
    private final Duration wait;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger mostInUse = new AtomicInteger();

    PasswordHashingSlots(AccountProperties properties) {
        this.size = properties.login().hashingSlots();
        this.wait = properties.login().hashSlotWait();
        this.slots = new Semaphore(size, true);
    }

    /** Runs the hashing work in a slot, or throws {@link PasswordHashingBusyException} when none frees up in time. */
    <T> T inSlot(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusyException();
        }
        if (!acquired) {
            throw new PasswordHashingBusyException();
        }
        mostInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
        try {
            return hashing.get();
        } finally {
            inUse.decrementAndGet();
            slots.release();
        }
    }

    /** How many hashes may run at once. */
    int size() {
        return size;
    }

    /** The most hashes that ever ran at once in this process. */
    int mostInUse() {
        return mostInUse.get();
    }

    /** Takes every slot, as a long hash would, until {@link #releaseAll()}; for tests of the refusal. */
    void occupyAll() throws InterruptedException {
        slots.acquire(size);
    }

    void releaseAll() {
        slots.release(size);
    }
}
