package org.homeward.web;

import java.io.IOException;

/** Thrown while a request body is read, as soon as it has passed the most a request of its kind may carry. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
