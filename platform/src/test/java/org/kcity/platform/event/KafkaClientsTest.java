package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
        assertThat(clients.manualCommitConsumer("group", "instance-1", Duration.ofSeconds(10)))
                .containsEntry("enable.auto.commit", "false");
    }

    @Test
    void the_consumer_is_a_static_member_so_a_restarted_instance_takes_its_partitions_back_at_once() {
        assertThat(clients.manualCommitConsumer("group", "selection-service-pod-1", Duration.ofSeconds(10)))
                .containsEntry("group.instance.id", "selection-service-pod-1")
                .containsEntry("session.timeout.ms", "10000");
        assertThat(clients.instanceName()).startsWith("platform-test-");
    }
}
