package org.kcity.deploy.testing.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Text no service may store: every C0 control character but tab, line feed and carriage return, and unpaired
 * surrogates. Shared by body fields and parameters.
 */
final class HostileText {

    private HostileText() {
    }

    /** NUL, alone and inside a text, another control character and an unpaired surrogate. */
    static List<Labelled> someDisallowedCharacters() {
        return List.of(new Labelled("NUL alone", "\u0000"), new Labelled("U+0000 inside", "a\u0000b"),
                new Labelled("U+001B inside", "a\u001bb"), new Labelled("unpaired high surrogate", "a\uD800b"));
    }

    /** Each disallowed character once, between ordinary letters, with a label that names it. */
    static List<Labelled> disallowedCharacters() {
        List<Labelled> texts = new ArrayList<>();
        texts.add(new Labelled("NUL alone", "\u0000"));
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                texts.add(new Labelled(String.format("U+%04X inside", (int) c), "a" + c + "b"));
            }
        }
        texts.add(new Labelled("unpaired high surrogate", "a\uD800b"));
        texts.add(new Labelled("unpaired low surrogate", "\uDC00"));
        return texts;
    }

    record Labelled(String label, String text) {
    }
}
