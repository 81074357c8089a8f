package org.kcity.platform.web;

/** Identifiers a caller names in a path or a query: none is longer than the databases store (VARCHAR(120)). */
public final class Identifiers {

    public static final int MAX_LENGTH = 120;

    private Identifiers() {
    }
}
