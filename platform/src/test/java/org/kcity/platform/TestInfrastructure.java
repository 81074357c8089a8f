package org.kcity.platform;

import org.kcity.deploy.testing.KafkaTestResource;
import org.kcity.deploy.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against the real broker and its own clean database. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
