package org.homeward.access;

import org.springframework.security.crypto.password.PasswordEncoder;

/** A password encoder that computes its slow hashes only inside one of the {@link PasswordHashingSlots}. */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final PasswordHashingSlots slots;

    BoundedPasswordEncoder(PasswordEncoder hashing, PasswordHashingSlots slots) {
        this.hashing = hashing;
        this.slots = slots;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slots.inSlot(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return slots.inSlot(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }
}
