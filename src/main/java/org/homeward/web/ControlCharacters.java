package org.homeward.web;

/**
 * The rule for characters no text sent to Homeward may hold: NUL and the other C0 and C1 control
 * characters and DEL. Tab, line feed and carriage return are let through (a note may have lines);
 * each feature's validator decides whether a one-line field may hold them.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether the text holds a character that no field may hold. */
    public static boolean refused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRefused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
