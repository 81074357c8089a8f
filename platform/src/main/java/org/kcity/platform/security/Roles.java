package org.kcity.platform.security;

/** The roles of the program ({@code groups} claim of the bearer token). */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String PROGRAM_OFFICER = "program-officer";
    public static final String EVALUATOR = "evaluator";
    public static final String OVERSEAS_OFFICIAL = "overseas-official";
    public static final String BIDDER = "bidder";
    public static final String VIEWER = "viewer";
    /** Runs the services: reads and replays dead letters. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
