package org.kcity.platform.ratelimit;

import java.util.Map;

import org.kcity.deploy.FreePorts;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * What a partner-facing deployment tightens: quotas small enough to exhaust in a test, an audience every token must
 * name and the management interface on a port of its own. One profile for all, so the platform's tests restart the
 * application once for them.
 */
public class TightLimitsProfile implements QuarkusTestProfile {

    public static final String AUDIENCE = "kcity-platform-test";
    static final int CALLER_READS = 4;
    static final int CALLER_WRITES = 2;
    static final int ORGANIZATION_READS = 6;
    static final int CLIENT_ADDRESS_READS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.management.enabled", "true"),
                Map.entry("quarkus.management.test-port", Integer.toString(FreePorts.next())),
                // The test kit checks every answer against the document it reads from the API port.
                Map.entry("quarkus.smallrye-openapi.management.enabled", "false"),
                Map.entry("kcity.rate-limit.caller-reads-per-minute", Integer.toString(CALLER_READS)),
                Map.entry("kcity.rate-limit.caller-writes-per-minute", Integer.toString(CALLER_WRITES)),
                Map.entry("kcity.rate-limit.organization-reads-per-minute", Integer.toString(ORGANIZATION_READS)),
                Map.entry("kcity.rate-limit.organization-writes-per-minute", "100"),
                Map.entry("kcity.rate-limit.client-address-reads-per-minute", Integer.toString(CLIENT_ADDRESS_READS)),
                Map.entry("kcity.rate-limit.client-address-writes-per-minute", "100"),
                Map.entry("mp.jwt.verify.audiences", AUDIENCE));
    }
}
