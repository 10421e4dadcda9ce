package org.conflictkg.sweble;

/**
 * Whether Sweble's encoding check would leave a text as it is. The check wraps control characters
 * (U+0000-0008, 000B, 000C, 000E-0019, 007F), non-characters (U+FDD0-FDEF, U+xxFFFE/F), private-use
 * characters (U+E000-F8FF and planes 15-16) and lone surrogates into entities; a text without any of
 * them, nor any surrogate at all (a rare page with characters outside the Basic Multilingual Plane is
 * simply checked), comes out unchanged.
 */
final class CleanText {
    private CleanText() {}

    static boolean is(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c <= 0x08 || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x19)) return false;
            } else if (c >= 0x7F && (c == 0x7F || c >= 0xD800 && (c <= 0xF8FF || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE))) {
                return false;
            }
        }
        return true;
    }
}
