package org.kcity.platform.openapi;

/**
 * The one story the four services' OpenAPI examples tell, so that a reader can follow it from document to document:
 * Da Nang's application to the 2027 call, selected, budgeted, tendered and awarded to a Korean engineering company.
 * Each value is used as {@code @Schema(example = ...)} wherever the same thing appears.
 */
public final class Examples {

    public static final String CALL_ID = "7f3c2a9e-1b4d-4c8e-a5f6-0d2e9b8c7a61";
    public static final String CALL_TITLE = "K-City Network Global Cooperation Program 2027";
    public static final String APPLICATION_ID = "3d9f8e21-6a4b-4f0c-9e7d-52b1c8a0f4e3";
    public static final String APPLICANT_ORGANIZATION_ID = "gov-vn-danang";
    public static final String APPLICANT = "Da Nang City People's Committee";
    public static final String TITLE = "Smart traffic signal master plan for Da Nang";
    public static final String SUMMARY = "A master plan for adaptive traffic signals on Da Nang's ten busiest corridors, "
            + "with a traffic data platform shared by the city's Department of Transport.";
    public static final String REQUESTED_SUPPORT = "250000000";
    public static final String EVALUATOR = "evaluator-kim";
    public static final String PROJECT_ID = "5a1e7c44-2f0b-4d6a-8b3e-9c7f1d2a6b58";
    public static final String BUDGET_ID = "0b7e3c1a-5d2f-4e8a-9c61-2f4d8a7b9e10";
    public static final String TENDER_ID = "9c2d4f6e-8a1b-4c3d-b5e7-1f0a2b3c4d5e";
    public static final String BID_ID = "6e8f0a2b-4c6d-4e8f-a0b2-c4d6e8f0a2b4";
    public static final String BIDDER_ORGANIZATION_ID = "kr-hanbit-eng";
    public static final String COMPANY = "Hanbit Engineering Co., Ltd.";
    public static final String CONTRACT_AMOUNT = "236000000";
    public static final String HOST_OFFICIAL = "official-danang";

    private Examples() {
    }
}
