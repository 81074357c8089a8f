package org.kcity.deploy.testing.fuzz;

import java.nio.charset.StandardCharsets;

/** A piece of a request, as raw bytes so that it can be anything, even not JSON or not UTF-8; and what it is. */
record Fragment(String label, byte[] bytes) {

    static Fragment of(String label, String text) {
        return new Fragment(label, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string of {@code text}, every character outside printable ASCII escaped, even an unpaired surrogate. */
    static Fragment string(String label, String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return of(label, json.append('"').toString());
    }

    /** A JSON string whose content is {@code before}, the raw bytes, then {@code after}. */
    static Fragment stringWithBytes(String label, String before, byte[] raw, String after) {
        byte[] head = ("\"" + before).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (after + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(raw, 0, all, head.length, raw.length);
        System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
        return new Fragment(label, all);
    }
}
