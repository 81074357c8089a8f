package org.kcity.platform.web;

/**
 * The characters a request may carry in any text, in a JSON body or a parameter: anything but the C0 control
 * characters other than tab, line feed and carriage return (PostgreSQL refuses U+0000 outright; the others are
 * never meant) and unpaired surrogates (they are not characters, and UTF-8 cannot store them).
 */
public final class AllowedText {

    public static final String RULE =
            "must not contain control characters other than tab, line feed and carriage return, nor unpaired surrogates";

    private AllowedText() {
    }

    public static boolean isAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
