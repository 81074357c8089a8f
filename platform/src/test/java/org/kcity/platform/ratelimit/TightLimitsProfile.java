package org.kcity.platform.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Quotas small enough to exhaust in a test, and an audience every token must name: the settings a partner-facing
 * deployment tightens. One profile for both, so the platform's tests restart the application once for them.
 */
public class TightLimitsProfile implements QuarkusTestProfile {

    public static final String AUDIENCE = "kcity-platform-test";
    static final int CALLER_READS = 4;
    static final int CALLER_WRITES = 2;
    static final int ORGANIZATION_READS = 6;
    static final int CLIENT_ADDRESS_READS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kcity.rate-limit.caller-reads-per-minute", Integer.toString(CALLER_READS),
                "kcity.rate-limit.caller-writes-per-minute", Integer.toString(CALLER_WRITES),
                "kcity.rate-limit.organization-reads-per-minute", Integer.toString(ORGANIZATION_READS),
                "kcity.rate-limit.organization-writes-per-minute", "100",
                "kcity.rate-limit.client-address-reads-per-minute", Integer.toString(CLIENT_ADDRESS_READS),
                "kcity.rate-limit.client-address-writes-per-minute", "100",
                "mp.jwt.verify.audiences", AUDIENCE);
    }
}
