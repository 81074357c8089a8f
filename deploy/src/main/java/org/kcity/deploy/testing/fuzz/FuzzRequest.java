package org.kcity.deploy.testing.fuzz;

import java.util.Map;

/**
 * One request of the fuzz run.
 *
 * @param label  what is wrong with it, for the report
 * @param target the path and query, percent-encoded
 * @param body    {@code null} for none
 * @param chunked whether the body is sent in chunks, without announcing its length
 */
record FuzzRequest(String label, String method, String target, Map<String, String> headers, byte[] body, boolean chunked) {

    static final int OVER_ANY_LIMIT = 10 * 1024 * 1024;

    FuzzRequest(String label, String method, String target, Map<String, String> headers, byte[] body) {
        this(label, method, target, headers, body, false);
    }

    FuzzRequest inChunks() {
        return new FuzzRequest(label + ", sent in chunks", method, target, headers, body, true);
    }

    /**
     * Whether the server may refuse the request by closing the connection, which can cut off its answer: a body
     * over any server's limit, whose length the server knows before reading it.
     */
    boolean mayGoUnanswered() {
        return body != null && !chunked && body.length > OVER_ANY_LIMIT;
    }

    /** Anything but a read might change state, so it must never succeed. */
    boolean writes() {
        return !"GET".equals(method);
    }

    @Override
    public String toString() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "..." : target;
        return method + " " + shown + " [" + label + "]";
    }
}
