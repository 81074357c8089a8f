package org.kcity.executors.domain;

/** What the caller's verified bearer token proves about it, as far as committee work needs: who, and which official. */
public record Credentials(String subject, boolean overseasOfficial, String country) {

    /** The token holds the overseas-official role and names {@code officialCountry} in its country claim. */
    public boolean proveOfficialOf(String officialCountry) {
        return overseasOfficial && officialCountry != null && officialCountry.equals(country);
    }
}
