package org.kcity.applications;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kcity.deploy.testing.events.ConsumerContract;
import org.kcity.platform.event.IncomingEvents;

import io.quarkus.test.junit.QuarkusTest;

/** applications-service reads what its producers may send, as the AsyncAPI document (kcity/asyncapi.yaml) says. */
@QuarkusTest
class ConsumedEventsContractTest {

    private final ConsumerContract contract = ConsumerContract.of("applications-service");

    @Inject
    IncomingEvents incoming;

    @Test
    void its_configured_topics_are_the_documented_ones() {
        contract.assertTopicsAsDocumented();
    }

    @Test
    void it_reads_every_example_and_sample_of_the_documented_events_it_consumes() {
        contract.assertReads(incoming.types(), incoming::read);
    }
}
