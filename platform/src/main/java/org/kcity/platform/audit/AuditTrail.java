package org.kcity.platform.audit;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.platform.security.Caller;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Sort;

/**
 * Records who did what to which aggregate, in the transaction that did it.
 *
 * <p>Every service names its actions the same way, {@code <thing>.<what_happened>} in lower snake case: the thing
 * acted on, a dot, and what happened to it in the past tense ({@code application.submitted},
 * {@code budget.lines_replaced}, {@code committee.member_added}). {@link #record} refuses any other name.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes that an incoming event caused rather than a person. */
    public static final String SYSTEM = "system";

    /** The form of every action name: {@code <thing>.<what_happened>}, lower snake case. */
    public static final Pattern ACTION = Pattern.compile("[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*");

    private final ObjectMapper json;
    private final ProgramClock clock;

    AuditTrail(ObjectMapper json, ProgramClock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records an action of the calling user, or of the system when no request is being served. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, Object details) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Audit action '" + action + "' is not named <thing>.<what_happened>");
        }
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.now();
        entry.actor = currentActor();
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.details = toJson(details);
        entry.persist();
    }

    /** The history of one aggregate in the order it happened. */
    public Page<AuditEntry> of(String targetType, String targetId, PageRequest paging) {
        return Page.of(AuditEntry.find("targetType = ?1 and targetId = ?2", Sort.by("id"), targetType, targetId), paging);
    }

    /** The newest entries first, optionally of one kind of aggregate. */
    public Page<AuditEntry> latest(String targetType, PageRequest paging) {
        Conditions where = new Conditions().with("targetType = :targetType", "targetType", targetType);
        return Page.of(AuditEntry.find(where.query(), Sort.descending("id"), where.parameters()), paging);
    }

    private static String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        Caller caller = Arc.container().instance(Caller.class).get();
        return caller.isAuthenticated() ? caller.subject() : SYSTEM;
    }

    private String toJson(Object details) {
        if (details == null) {
            return null;
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details cannot be serialized", e);
        }
    }
}
