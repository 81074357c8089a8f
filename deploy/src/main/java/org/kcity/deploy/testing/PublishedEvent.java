package org.kcity.deploy.testing;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A CloudEvent as it stands on a Kafka topic in binary mode: {@code ce_*} headers, the key, the JSON data. */
public record PublishedEvent(String topic, int partition, long offset, String key, Map<String, String> headers, JsonNode data) {

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String subject() {
        return headers.get("ce_subject");
    }

    public String source() {
        return headers.get("ce_source");
    }

    public String time() {
        return headers.get("ce_time");
    }
}
