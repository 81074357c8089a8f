package org.kcity.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcity.deploy.kubernetes.CloudNativePg.Cluster;
import org.kcity.deploy.kubernetes.CloudNativePg.ScheduledBackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/**
 * Renders {@code deploy/kubernetes/overlays/<overlay>} ({@link Kustomize}; compared with {@code kubectl kustomize}
 * where that exists), reads every object into its typed model with unknown properties refused ({@link TypedObjects}:
 * fabric8 for Kubernetes, {@code io.strimzi:api} for Strimzi, the {@value CloudNativePg#CRD_VERSION} CRD fields for
 * CloudNativePG), and checks what ties them together against the services' own configuration
 * ({@code <module>/src/main/resources/application.properties}): topics, ACLs, secrets, config maps, databases.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    /** Secrets the operator creates before the rollout, as docs/deployment.md says, with their keys. */
    private static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of(
            "kcity-backup-s3", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"));
    private static final long INBOX_RETENTION_MS = TimeUnit.DAYS.toMillis(30);

    /** One service as its module configures it. */
    record ServiceConfig(String module, String application, String topic, List<String> consumed, String group) {

        Set<String> produces() {
            Set<String> topics = new TreeSet<>(Set.of(topic));
            consumed.forEach(consumedTopic -> topics.add(consumedTopic + ".dlq"));
            return topics;
        }
    }

    /** One rendered overlay, as typed objects. */
    static final class Rendered {
        final String overlay;
        final Map<String, Object> byKey = new LinkedHashMap<>();

        Rendered(String overlay) {
            this.overlay = overlay;
        }

        <T> List<T> all(Class<T> type) {
            return byKey.values().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void every_object_fits_its_typed_model_with_no_unknown_property(String overlay) {
        Rendered rendered = render(overlay);
        assertThat(rendered.byKey).isNotEmpty();
        assertThat(rendered.all(Deployment.class)).hasSize(services().size());
    }

    /** The rollout goes by component (docs/deployment.md): Kafka, then the databases, then everything else. */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void every_object_belongs_to_a_rollout_phase(String overlay) {
        for (ObjectNode object : Kustomize.render(KUBERNETES.resolve("overlays/" + overlay))) {
            String kind = object.path("kind").asText();
            String component = object.path("metadata").path("labels").path("app.kubernetes.io/component").asText();
            String expected = kind.startsWith("Kafka") ? "kafka"
                    : object.path("apiVersion").asText().startsWith("postgresql.cnpg.io") ? "database"
                    : kind.equals("ConfigMap") || Kustomize.name(object).equals("default-deny-ingress") ? ""
                    : Kustomize.name(object).endsWith("-db") ? "database" : "service";
            assertThat(component).as(Kustomize.key(object)).isEqualTo(expected);
            assertThat(object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("kcity");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void the_renderer_agrees_with_kubectl_kustomize(String overlay) throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "no kubectl on this machine: the Java renderer alone is used");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", KUBERNETES.resolve("overlays/" + overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        try (InputStream in = kubectl.getInputStream()) {
            Files.write(output, in.readAllBytes());
        }
        assertThat(kubectl.waitFor()).isZero();
        Map<String, JsonNode> expected = byKey(Kustomize.readDocuments(output));
        Map<String, JsonNode> ours = byKey(Kustomize.render(KUBERNETES.resolve("overlays/" + overlay)));
        assertThat(ours.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, object) -> assertThat(ours.get(key)).as(key).isEqualTo(object));
        Files.delete(output);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void every_topic_a_service_uses_has_a_kafka_topic_and_dead_letters_are_never_deleted_by_time(String overlay) {
        Rendered rendered = render(overlay);
        Kafka kafka = single(rendered.all(Kafka.class));
        Map<String, KafkaTopic> topics = rendered.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(KubernetesManifestsTest::topicName, topic -> topic));
        for (ServiceConfig service : services()) {
            Set<String> used = new TreeSet<>(service.produces());
            used.addAll(service.consumed());
            for (String topicName : used) {
                assertThat(topics).as(service.module() + " uses " + topicName).containsKey(topicName);
                KafkaTopic topic = topics.get(topicName);
                assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
                assertThat(topic.getSpec().getPartitions()).isEqualTo(3);
            }
        }
        for (KafkaTopic topic : topics.values()) {
            Map<String, Object> config = topic.getSpec().getConfig();
            long retention = Long.parseLong(String.valueOf(config.get("retention.ms")));
            if (topicName(topic).endsWith(".dlq")) {
                assertThat(retention).as(topicName(topic)).isEqualTo(-1);
                assertThat(String.valueOf(config.get("retention.bytes"))).as(topicName(topic)).isEqualTo("-1");
            } else {
                assertThat(retention).as("%s: the inbox keeps ids longer than the broker keeps events", topicName(topic))
                        .isPositive().isLessThan(INBOX_RETENTION_MS);
            }
        }
        if (overlay.equals("prod")) {
            topics.values().forEach(topic -> {
                assertThat(topic.getSpec().getReplicas()).as(topicName(topic)).isEqualTo(3);
                assertThat(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas"))).isEqualTo("2");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void each_service_may_write_only_what_it_produces_and_read_only_what_it_consumes(String overlay) {
        Rendered rendered = render(overlay);
        Map<String, KafkaUser> users = rendered.all(KafkaUser.class).stream()
                .collect(Collectors.toMap(user -> user.getMetadata().getName(), user -> user));
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(
                services().stream().map(ServiceConfig::application).toList());
        for (ServiceConfig service : services()) {
            KafkaUser user = users.get(service.application());
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            Set<String> granted = new TreeSet<>();
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                assertThat(rule.getHost()).isEqualTo("*");
                String resource;
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    resource = "topic:" + topic.getPatternType().name() + ":" + topic.getName();
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    resource = "group:" + group.getPatternType().name() + ":" + group.getName();
                } else {
                    throw new AssertionError(service.module() + " has an ACL on " + rule.getResource());
                }
                rule.getOperations().forEach(operation -> granted.add(resource + " " + operation.name()));
            }
            Set<String> expected = new TreeSet<>();
            service.produces().forEach(topic -> expected.addAll(List.of("topic:LITERAL:" + topic + " WRITE",
                    "topic:LITERAL:" + topic + " DESCRIBE")));
            service.consumed().forEach(topic -> expected.addAll(List.of("topic:LITERAL:" + topic + " READ",
                    "topic:LITERAL:" + topic + " DESCRIBE")));
            if (!service.consumed().isEmpty()) {
                expected.add("group:LITERAL:" + service.group() + " READ");
            }
            assertThat(granted).as(service.module()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void each_service_connects_as_itself_to_its_own_database_and_the_tls_listener(String overlay) {
        Rendered rendered = render(overlay);
        Kafka kafka = single(rendered.all(Kafka.class));
        GenericKafkaListener listener = single(kafka.getSpec().getKafka().getListeners());
        assertThat(listener.isTls()).isTrue();
        assertThat(listener.getAuth().getType()).isEqualTo("scram-sha-512");
        Map<String, String> config = configMap(rendered, "kcity-config").getData();
        assertThat(config.get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort());
        Properties client = new Properties();
        try {
            client.load(new java.io.StringReader(configMap(rendered, "kcity-kafka-client").getData().get("application.properties")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(client).containsEntry("kafka.security.protocol", "SASL_SSL").containsEntry("kafka.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("kafka.sasl.jaas.config", "${KAFKA_SASL_JAAS_CONFIG}");
        Map<String, Cluster> clusters = rendered.all(Cluster.class).stream()
                .collect(Collectors.toMap(cluster -> cluster.metadata().getName(), cluster -> cluster));
        for (ServiceConfig service : services()) {
            Container container = container(rendered, service);
            Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, var -> var));
            assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName())
                    .as("%s authenticates as its own KafkaUser", service.module()).isEqualTo(service.application());
            String url = env.get("KCITY_DB_JDBC_URL").getValue();
            String clusterName = url.replaceAll("^jdbc:postgresql://([^:/]+)-rw:5432/.*$", "$1");
            Cluster cluster = clusters.get(clusterName);
            assertThat(cluster).as("%s's database cluster from %s", service.module(), url).isNotNull();
            assertThat(url).endsWith("/" + cluster.spec().bootstrap().initdb().database());
            for (String variable : List.of("KCITY_DB_USER", "KCITY_DB_PASSWORD")) {
                assertThat(env.get(variable).getValueFrom().getSecretKeyRef().getName()).isEqualTo(clusterName + "-app");
            }
            assertThat(clusters.values().stream().filter(other -> other != cluster)
                    .map(other -> other.spec().bootstrap().initdb().database()))
                    .as("one database per service").doesNotContain(cluster.spec().bootstrap().initdb().database());
            assertThat(cluster.spec().instances()).isEqualTo(overlay.equals("prod") ? 3 : 1);
            assertThat(cluster.spec().enableSuperuserAccess()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void every_secret_and_config_map_that_is_referenced_exists(String overlay) {
        Rendered rendered = render(overlay);
        Map<String, Set<String>> secrets = new HashMap<>(EXTERNAL_SECRETS);
        rendered.all(Secret.class).forEach(secret -> secrets.put(secret.getMetadata().getName(),
                keys(secret.getData(), secret.getStringData())));
        // What the operators generate: Strimzi for each user and the cluster CA, CloudNativePG for each database owner.
        rendered.all(KafkaUser.class).forEach(user -> secrets.put(user.getMetadata().getName(), Set.of("password", "sasl.jaas.config")));
        rendered.all(Kafka.class).forEach(kafka -> secrets.put(kafka.getMetadata().getName() + "-cluster-ca-cert",
                Set.of("ca.crt", "ca.p12", "ca.password")));
        rendered.all(Cluster.class).stream().filter(cluster -> cluster.spec().bootstrap().initdb().secret() == null)
                .forEach(cluster -> secrets.put(cluster.metadata().getName() + "-app", Set.of("username", "password",
                        "host", "port", "dbname", "uri", "jdbc-uri", "pgpass")));
        Map<String, Set<String>> configMaps = new HashMap<>();
        rendered.all(ConfigMap.class).forEach(map -> configMaps.put(map.getMetadata().getName(), keys(map.getData(), null)));

        List<String> missing = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String owner = deployment.getMetadata().getName();
            for (Container container : pod.getContainers()) {
                container.getEnvFrom().forEach(from -> {
                    if (from.getConfigMapRef() != null) {
                        require(configMaps, from.getConfigMapRef().getName(), null, owner, missing);
                    }
                    if (from.getSecretRef() != null) {
                        require(secrets, from.getSecretRef().getName(), null, owner, missing);
                    }
                });
                container.getEnv().stream().filter(var -> var.getValueFrom() != null).forEach(var -> {
                    if (var.getValueFrom().getSecretKeyRef() != null) {
                        require(secrets, var.getValueFrom().getSecretKeyRef().getName(),
                                var.getValueFrom().getSecretKeyRef().getKey(), owner, missing);
                    }
                    if (var.getValueFrom().getConfigMapKeyRef() != null) {
                        require(configMaps, var.getValueFrom().getConfigMapKeyRef().getName(),
                                var.getValueFrom().getConfigMapKeyRef().getKey(), owner, missing);
                    }
                });
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    require(secrets, volume.getSecret().getSecretName(), null, owner, missing);
                    volume.getSecret().getItems().forEach(item -> require(secrets, volume.getSecret().getSecretName(),
                            item.getKey(), owner, missing));
                }
                if (volume.getConfigMap() != null) {
                    require(configMaps, volume.getConfigMap().getName(), null, owner, missing);
                }
            }
        }
        for (Cluster cluster : rendered.all(Cluster.class)) {
            if (cluster.spec().backup() != null && cluster.spec().backup().barmanObjectStore().s3Credentials() != null) {
                var credentials = cluster.spec().backup().barmanObjectStore().s3Credentials();
                for (var selector : Arrays.asList(credentials.accessKeyId(), credentials.secretAccessKey())) {
                    require(secrets, selector.name(), selector.key(), cluster.metadata().getName(), missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void the_identity_provider_is_configuration_and_no_key_is_in_the_manifests(String overlay) throws IOException {
        Rendered rendered = render(overlay);
        Map<String, String> config = configMap(rendered, "kcity-config").getData();
        assertThat(config.get("KCITY_JWT_PUBLIC_KEY")).startsWith("https://");
        assertThat(config.get("KCITY_JWT_ISSUER")).startsWith("https://");
        String everything = Kustomize.YAML.writeValueAsString(Kustomize.render(KUBERNETES.resolve("overlays/" + overlay)));
        assertThat(everything).doesNotContain("BEGIN PUBLIC KEY", "BEGIN RSA", "BEGIN PRIVATE KEY", "\"kty\"", "kty:");
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("BEGIN ", "dev-jwt");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void each_service_is_probed_bounded_protected_from_disruption_autoscaled_and_fenced(String overlay) {
        Rendered rendered = render(overlay);
        for (ServiceConfig service : services()) {
            Deployment deployment = deployment(rendered, service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            Container container = container(rendered, service);
            assertThat(container.getImage()).contains("/" + service.module() + ":");
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getContainerPort()).isEqualTo(8080);
                assertThat(port.getName()).isEqualTo("http");
            });
            assertProbe(container.getStartupProbe(), "/q/health/live");
            assertProbe(container.getLivenessProbe(), "/q/health/live");
            assertProbe(container.getReadinessProbe(), "/q/health/ready");
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1001L);

            String name = deployment.getMetadata().getName();
            PodDisruptionBudget budget = named(rendered.all(PodDisruptionBudget.class), name);
            assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            HorizontalPodAutoscaler autoscaler = named(rendered.all(HorizontalPodAutoscaler.class), name);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
            Service http = named(rendered.all(Service.class), name);
            assertThat(podLabels).containsAllEntriesOf(http.getSpec().getSelector());
            NetworkPolicy policy = named(rendered.all(NetworkPolicy.class), name);
            assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            if (overlay.equals("prod")) {
                assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(named(rendered.all(NetworkPolicy.class), "default-deny-ingress").getSpec().getPodSelector().getMatchLabels())
                .isNullOrEmpty();
        for (Cluster cluster : rendered.all(Cluster.class)) {
            NetworkPolicy policy = named(rendered.all(NetworkPolicy.class), cluster.metadata().getName());
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", cluster.metadata().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void kafka_runs_on_kraft_node_pools_with_three_brokers_and_backups_are_scheduled_in_prod(String overlay) {
        Rendered rendered = render(overlay);
        Kafka kafka = single(rendered.all(Kafka.class));
        List<KafkaNodePool> pools = rendered.all(KafkaNodePool.class);
        pools.forEach(pool -> assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName()));
        int brokers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(config).containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.getSpec().getKafka().getAuthorization()).isNotNull();
        Map<String, String> serviceConfig = configMap(rendered, "kcity-config").getData();
        if (overlay.equals("prod")) {
            assertThat(brokers).isEqualTo(3);
            assertThat(controllers).isEqualTo(3);
            assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
            assertThat(serviceConfig).containsEntry("KCITY_EVENTS_REPLICATION_FACTOR", "3");
            Set<String> scheduled = rendered.all(ScheduledBackup.class).stream().map(backup -> {
                assertThat(backup.spec().schedule().split(" ")).as("six-field cron").hasSize(6);
                return backup.spec().cluster().name();
            }).collect(Collectors.toSet());
            for (Cluster cluster : rendered.all(Cluster.class)) {
                assertThat(cluster.spec().backup()).as(cluster.metadata().getName()).isNotNull();
                assertThat(cluster.spec().backup().barmanObjectStore().destinationPath()).endsWith("/" + cluster.metadata().getName());
                assertThat(scheduled).contains(cluster.metadata().getName());
            }
        } else {
            assertThat(brokers).isEqualTo(1);
            assertThat(controllers).isEqualTo(1);
            assertThat(serviceConfig).containsEntry("KCITY_EVENTS_REPLICATION_FACTOR", "1");
        }
    }

    @org.junit.jupiter.api.Test
    void the_secrets_the_operator_creates_are_documented() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/deployment.md"));
        EXTERNAL_SECRETS.forEach((name, keys) -> {
            assertThat(guide).contains(name);
            keys.forEach(key -> assertThat(guide).contains(key));
        });
    }

    // ---- the services' own configuration

    static List<ServiceConfig> services() {
        List<ServiceConfig> services = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (!Files.exists(file)) {
                    continue;
                }
                Properties properties = new Properties();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String application = properties.getProperty("quarkus.application.name");
                String consumed = properties.getProperty("kcity.events.consumer.topics", "");
                services.add(new ServiceConfig(module.getFileName().toString(), application,
                        properties.getProperty("kcity.events.topic"),
                        Arrays.stream(consumed.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList(),
                        properties.getProperty("kcity.events.consumer.group-id", application)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(services).hasSize(4);
        return services;
    }

    // ---- helpers

    private static final Map<String, Rendered> RENDERED = new HashMap<>();

    static synchronized Rendered render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> {
            Rendered rendered = new Rendered(name);
            for (ObjectNode object : Kustomize.render(KUBERNETES.resolve("overlays/" + name))) {
                Object previous = rendered.byKey.put(Kustomize.key(object), TypedObjects.read(object));
                assertThat(previous).as("duplicate " + Kustomize.key(object)).isNull();
                assertThat(object.path("metadata").path("namespace").asText()).isEqualTo(name.equals("prod") ? "kcity" : "kcity-dev");
            }
            return rendered;
        });
    }

    private static Map<String, JsonNode> byKey(List<ObjectNode> objects) {
        Map<String, JsonNode> map = new TreeMap<>();
        objects.forEach(object -> map.put(Kustomize.key(object), object));
        return map;
    }

    private static void require(Map<String, Set<String>> existing, String name, String key, String owner, List<String> missing) {
        if (!existing.containsKey(name)) {
            missing.add(owner + " -> " + name);
        } else if (key != null && !existing.get(name).contains(key)) {
            missing.add(owner + " -> " + name + "/" + key);
        }
    }

    private static Set<String> keys(Map<String, String> data, Map<String, String> stringData) {
        Set<String> keys = new TreeSet<>();
        if (data != null) {
            keys.addAll(data.keySet());
        }
        if (stringData != null) {
            keys.addAll(stringData.keySet());
        }
        return keys;
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static ConfigMap configMap(Rendered rendered, String name) {
        return named(rendered.all(ConfigMap.class), name);
    }

    private static Deployment deployment(Rendered rendered, ServiceConfig service) {
        return named(rendered.all(Deployment.class), service.application());
    }

    private static Container container(Rendered rendered, ServiceConfig service) {
        return single(deployment(rendered, service).getSpec().getTemplate().getSpec().getContainers());
    }

    private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T named(List<T> objects, String name) {
        return objects.stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no object named " + name));
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
