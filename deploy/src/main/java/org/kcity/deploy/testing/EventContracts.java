package org.kcity.deploy.testing;

import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.deploy.testing.events.EventSchemas;

/**
 * Asserts that a published event keeps its public contract: the CloudEvents binary-mode envelope, the
 * Kafka key equal to the subject, and data valid against the JSON schema published for its type at
 * {@code kcity/events/<type>.schema.json} on the classpath.
 */
public final class EventContracts {

    private EventContracts() {
    }

    public static PublishedEvent assertHonoursContract(PublishedEvent event) {
        require("1.0".equals(event.headers().get("ce_specversion")), event, "ce_specversion must be 1.0");
        require(notBlank(event.id()), event, "ce_id is missing");
        require(notBlank(event.source()), event, "ce_source is missing");
        require(event.type() != null && event.type().matches("kcity\\.[a-z]+\\.[a-z_]+\\.v[0-9]+"), event,
                "ce_type must look like kcity.<context>.<event>.v<version>");
        require(notBlank(event.subject()) && event.subject().equals(event.key()), event, "the Kafka key must equal ce_subject");
        require(event.time() != null && parses(event.time()), event, "ce_time must be an RFC 3339 timestamp");
        require("application/json".equals(event.headers().get("content-type")), event, "content-type must be application/json");
        List<String> violations = EventSchemas.violations(event.type(), event.data());
        require(violations.isEmpty(), event, "data breaks its schema: " + String.join("; ", violations));
        return event;
    }

    private static void require(boolean holds, PublishedEvent event, String message) {
        if (!holds) {
            throw new AssertionError(event.type() + " " + event.id() + ": " + message);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean parses(String time) {
        try {
            OffsetDateTime.parse(time);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
