package org.kcity.deploy.kubernetes;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Reads rendered objects into their typed models, refusing unknown properties: Kubernetes' own kinds with the fabric8
 * model, Strimzi's with {@code io.strimzi:api}, CloudNativePG's with {@link CloudNativePg}. The fabric8 and Strimzi
 * models keep unknown fields in {@code additionalProperties} instead of failing, so every such map in the object
 * graph must be empty.
 */
final class TypedObjects {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry(CloudNativePg.API_VERSION + "/Cluster", CloudNativePg.Cluster.class),
            Map.entry(CloudNativePg.API_VERSION + "/ScheduledBackup", CloudNativePg.ScheduledBackup.class));

    private TypedObjects() {
    }

    static Object read(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Class<?> model = KINDS.get(type);
        if (model == null) {
            throw new IllegalArgumentException(Kustomize.key(object) + ": no typed model for " + type);
        }
        Object typed;
        try {
            typed = STRICT.treeToValue(object, model);
        } catch (Exception e) {
            throw new IllegalArgumentException(Kustomize.key(object) + " does not fit " + model.getName() + ": "
                    + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        findUnknown(typed, "", unknown, 0);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(Kustomize.key(object) + " has properties its model does not know: " + unknown);
        }
        return typed;
    }

    private static void findUnknown(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                findUnknown(item, path + "[" + i++ + "]", unknown, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> findUnknown(item, path + "." + key, unknown, depth + 1));
            return;
        }
        Class<?> type = value.getClass();
        String packageName = type.getPackageName();
        if (type.isEnum() || !(packageName.startsWith("io.fabric8") || packageName.startsWith("io.strimzi")
                || packageName.startsWith("org.kcity"))) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || getter.getReturnType() == Class.class) {
                continue;
            }
            String name = getter.getName();
            boolean recordComponent = type.isRecord()
                    && java.util.Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
            if (!recordComponent && !(name.startsWith("get") && name.length() > 3)) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties") && child instanceof Map<?, ?> extra) {
                if (!extra.isEmpty()) {
                    unknown.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
                }
                continue;
            }
            findUnknown(child, path + "." + (recordComponent ? name : decapitalize(name.substring(3))), unknown, depth + 1);
        }
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
