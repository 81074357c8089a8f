package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KafkaClientsTest {

    @Inject
    KafkaClients clients;

    @Test
    void every_kafka_property_of_the_configuration_reaches_the_clients_but_not_the_delivery_guarantees() {
        assertThat(clients.common("probe")).containsEntry("client.dns.lookup", "use_all_dns_ips")
                .containsKey("bootstrap.servers").containsEntry("client.id", "platform-test-probe");
        assertThat(clients.reliableProducer("probe")).containsEntry("client.dns.lookup", "use_all_dns_ips")
                .containsEntry("acks", "all").containsEntry("enable.idempotence", "true");
        assertThat(clients.manualCommitConsumer("group")).containsEntry("enable.auto.commit", "false");
    }
}
