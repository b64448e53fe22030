package org.homeward.movements;

import java.util.Objects;
import java.util.Optional;

/**
 * What checking a scanned slip code found: the household reference it carries, signed with our
 * key, or why it was refused. Exactly one of the two is present.
 */
record SlipCheck(Optional<String> reference, Optional<SlipRefusal> refusal) {

    public SlipCheck {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(refusal, "refusal");
        if (reference.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("A slip check has either a reference or a refusal");
        }
    }

    static SlipCheck accepted(String reference) {
        return new SlipCheck(Optional.of(reference), Optional.empty());
    }

    static SlipCheck refused(SlipRefusal why) {
        return new SlipCheck(Optional.empty(), Optional.of(why));
    }

    /** Whether the code was signed with our key and names a reference. */
    public boolean accepted() {
        return reference.isPresent();
    }
}
