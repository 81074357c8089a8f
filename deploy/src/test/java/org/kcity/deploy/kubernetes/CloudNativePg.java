package org.kcity.deploy.kubernetes;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The fields of CloudNativePG's {@code postgresql.cnpg.io/v1} custom resources, as the CRDs of CloudNativePG 1.25
 * ({@code clusters.postgresql.cnpg.io}, {@code scheduledbackups.postgresql.cnpg.io}) define them, that these
 * manifests may use. CloudNativePG publishes no Java model: read with unknown properties refused, anything outside
 * this subset (a misspelt or invented field) fails; enumerations are the CRD's.
 */
final class CloudNativePg {

    static final String API_VERSION = "postgresql.cnpg.io/v1";
    static final String CRD_VERSION = "CloudNativePG 1.25, postgresql.cnpg.io/v1";

    private CloudNativePg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, PrimaryUpdateStrategy primaryUpdateStrategy,
            Boolean enableSuperuserAccess, Bootstrap bootstrap, Storage storage, ResourceRequirements resources,
            Affinity affinity, Backup backup, Postgresql postgresql) {
    }

    enum PrimaryUpdateStrategy {
        @JsonProperty("unsupervised") UNSUPERVISED, @JsonProperty("supervised") SUPERVISED
    }

    record Bootstrap(InitDb initdb) {
    }

    /** The database and its owner; without {@code secret} the operator generates the owner's in {@code <cluster>-app}. */
    record InitDb(String database, String owner, LocalObjectReference secret, String encoding, String localeCollate,
            String localeCType) {
    }

    record LocalObjectReference(String name) {
    }

    record SecretKeySelector(String name, String key) {
    }

    record Storage(String size, String storageClass) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
            WalBackup wal, DataBackup data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey, SecretKeySelector region,
            SecretKeySelector sessionToken, Boolean inheritFromIAMRole) {
    }

    enum Compression {
        @JsonProperty("gzip") GZIP, @JsonProperty("bzip2") BZIP2, @JsonProperty("snappy") SNAPPY
    }

    record WalBackup(Compression compression, Integer maxParallel) {
    }

    record DataBackup(Compression compression, Integer jobs) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    /** {@code schedule} is a six-field cron expression (seconds first). */
    record ScheduledBackupSpec(String schedule, LocalObjectReference cluster, BackupOwnerReference backupOwnerReference,
            BackupMethod method, Boolean immediate, Boolean suspend) {
    }

    enum BackupOwnerReference {
        @JsonProperty("none") NONE, @JsonProperty("self") SELF, @JsonProperty("cluster") CLUSTER
    }

    enum BackupMethod {
        @JsonProperty("barmanObjectStore") BARMAN_OBJECT_STORE, @JsonProperty("volumeSnapshot") VOLUME_SNAPSHOT,
        @JsonProperty("plugin") PLUGIN
    }
}
