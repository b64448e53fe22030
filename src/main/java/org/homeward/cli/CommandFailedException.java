package org.homeward.cli;

/** A command could not do what was asked; its message is shown to the user as it is. */
class CommandFailedException extends RuntimeException {
    CommandFailedException(String message) {
        super(message);
    }
}
