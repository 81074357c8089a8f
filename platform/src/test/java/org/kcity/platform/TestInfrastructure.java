package org.kcity.platform;

import org.kcity.deploy.testing.KafkaTestResource;
import org.kcity.deploy.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against the real broker and a PostgreSQL cluster of its own, which the fault tests
 * stop and start ({@code PostgresTestResource.server()}).
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "server", value = "throwaway"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
