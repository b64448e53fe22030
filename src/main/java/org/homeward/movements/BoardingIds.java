package org.homeward.movements;

import java.util.UUID;
import org.homeward.problems.ProblemCode;

/**
 * Reads the ids in boarding's addresses. They are taken as text and read here, so that a malformed
 * id is "not found" like a missing one, after the caller's role has been checked.
 */
final class BoardingIds {

    private BoardingIds() {}

    static UUID movement(String text) {
        return parse(text, MovementsProblemCode.MOVEMENT_NOT_FOUND, "There is no such movement");
    }

    static UUID parse(String text, ProblemCode code, String message) {
        try {
            return UUID.fromString(text == null ? "" : text.trim());
        } catch (IllegalArgumentException malformed) {
            throw BoardingRefusedException.notFound(code, message);
        }
    }
}
