package org.kcity.platform.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.EventLog;

/** A test cannot prove a consumer against an upstream event no producer may send: the test kit refuses to inject it. */
class InjectedEventsTest {

    @Test
    void an_injected_event_that_breaks_its_published_schema_is_refused_before_it_is_sent() {
        Map<String, Object> revokedWithoutReason = Map.of("projectId", "prj-1", "applicationId", "app-1", "callId", "call-1",
                "track", "URBAN_DEVELOPMENT", "siteCountry", "Cambodia", "revokedAt", "2026-07-15T08:00:00Z");

        assertThatThrownBy(() -> EventLog.publish("kcity.selection", "kcity.selection.revoked.v1", "/kcity/selection-service",
                "prj-1", revokedWithoutReason))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("kcity.selection.revoked.v1 breaks its published schema")
                .hasMessageContaining("reason")
                .hasMessageContaining("siteCountry");
    }
}
