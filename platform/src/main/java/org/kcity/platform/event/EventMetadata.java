package org.kcity.platform.event;

import java.time.OffsetDateTime;

/** The CloudEvents attributes of an incoming event. */
public record EventMetadata(String id, String type, String source, String subject, OffsetDateTime time) {
}
