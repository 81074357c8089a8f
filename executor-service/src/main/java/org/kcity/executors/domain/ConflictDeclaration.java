package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's declared conflict of interest with an organization that may bid. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String declarant;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "declared_at", nullable = false)
    public OffsetDateTime declaredAt;

    public static ConflictDeclaration of(String declarant, String organizationId, String reason, OffsetDateTime at) {
        ConflictDeclaration declaration = new ConflictDeclaration();
        declaration.declarant = declarant;
        declaration.organizationId = organizationId;
        declaration.reason = reason;
        declaration.declaredAt = at;
        return declaration;
    }

    public static List<ConflictDeclaration> by(String declarant) {
        return list("declarant = ?1 order by id", declarant);
    }

    public static boolean exists(String declarant, String organizationId) {
        return count("declarant = ?1 and organizationId = ?2", declarant, organizationId) > 0;
    }

    /** The declarations of the given people with any of the given organizations. */
    public static List<ConflictDeclaration> between(Collection<String> declarants, Collection<String> organizationIds) {
        if (declarants.isEmpty() || organizationIds.isEmpty()) {
            return List.of();
        }
        return list("declarant in ?1 and organizationId in ?2", declarants, organizationIds);
    }
}
