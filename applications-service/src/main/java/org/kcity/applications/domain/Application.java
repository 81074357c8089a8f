package org.kcity.applications.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem.Violation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organization's entry to a call: DRAFT -> SUBMITTED -> SCREENED_IN | SCREENED_OUT, WITHDRAWN from any of them. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public String id;

    @Version
    public long version;

    @Column(name = "call_id")
    public String callId;

    @Column(name = "organization_id")
    public String organizationId;

    @Enumerated(EnumType.STRING)
    public Track track;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Column(name = "site_country")
    public String siteCountry;

    /** Fixed at submission from the call's region groups, so later regrouping cannot move an entry. */
    public String region;

    public String city;

    public String title;

    public String summary;

    @Column(name = "applicant_name")
    public String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    public OrganizationKind applicantKind;

    @Column(name = "applicant_country")
    public String applicantCountry;

    @Column(name = "partner_name")
    public String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind")
    public OrganizationKind partnerKind;

    @Column(name = "partner_country")
    public String partnerCountry;

    @Column(name = "requested_support")
    public long requestedSupport;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "screened_at")
    public OffsetDateTime screenedAt;

    @Column(name = "screening_reason")
    public String screeningReason;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    public static Application draft(String organizationId, ApplicationDraft content, OffsetDateTime now) {
        Application application = new Application();
        application.id = UUID.randomUUID().toString();
        application.organizationId = organizationId;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.write(content, now);
        return application;
    }

    public void edit(ApplicationDraft content, OffsetDateTime now) {
        require(ApplicationStatus.DRAFT, "APPLICATION_NOT_EDITABLE", "Only a draft application can be changed");
        write(content, now);
    }

    public Organization applicant() {
        return new Organization(applicantName, applicantKind, applicantCountry);
    }

    /** The demonstration partner, or null when the application names none. */
    public Organization partner() {
        return partnerName == null ? null : new Organization(partnerName, partnerKind, partnerCountry);
    }

    public Contact contact() {
        return new Contact(contactName, contactEmail, contactPhone);
    }

    /** Every eligibility rule this application fails in the call at {@code now}; empty when it may be submitted. */
    List<Violation> ineligibilities(Call call, OffsetDateTime now) {
        List<Violation> failures = new ArrayList<>();
        if (!call.acceptsSubmissionsAt(now)) {
            failures.add(Violation.ofRule("WINDOW_NOT_OPEN", "The call accepts submissions from " + call.opensAt
                    + " until " + call.closesAt + " while it is open; it is " + call.status));
        }
        if (Countries.KOREA.equals(siteCountry)) {
            failures.add(Violation.ofRule("SITE_IN_KOREA", "The project site must be outside Korea"));
        }
        call.termsOf(track).ifPresentOrElse(terms -> {
            if (!terms.admits(requestedSupport)) {
                failures.add(Violation.ofRule("SUPPORT_OUT_OF_RANGE", "The requested support " + requestedSupport
                        + " is outside the track's range " + terms.supportFloor() + " to " + terms.supportCap()));
            }
        }, () -> failures.add(Violation.ofRule("TRACK_NOT_OFFERED", "The call does not offer the track " + track)));
        if (track.isPlanning()) {
            planningApplicantFailures(failures);
        } else {
            demonstrationFailures(failures);
        }
        return failures;
    }

    /** Submits the draft to the call if it meets every eligibility rule; else a 422 lists every rule it fails. */
    public void submit(Call call, String region, OffsetDateTime now) {
        require(ApplicationStatus.DRAFT, "APPLICATION_NOT_DRAFT", "Only a draft application can be submitted");
        List<Violation> failures = ineligibilities(call, now);
        if (!failures.isEmpty()) {
            throw ApiProblem.unprocessable("The application fails " + failures.size() + " eligibility rule(s)", failures);
        }
        this.region = region;
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public void screen(ScreeningOutcome outcome, String reason, OffsetDateTime now) {
        require(ApplicationStatus.SUBMITTED, "APPLICATION_NOT_SUBMITTED", "Only a submitted application can be screened");
        boolean noReason = reason == null || reason.isBlank();
        if (outcome == ScreeningOutcome.SCREENED_OUT && noReason) {
            throw ApiProblem.unprocessable("Screening out needs a reason",
                    List.of(new Violation("REASON_REQUIRED", "reason", "Say why the application is screened out")));
        }
        status = outcome.status();
        screeningReason = noReason ? null : reason;
        screenedAt = now;
        updatedAt = now;
    }

    /** Withdraws the application and answers the status it had. */
    public ApplicationStatus withdraw(OffsetDateTime now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw ApiProblem.conflict("APPLICATION_WITHDRAWN", "The application is already withdrawn");
        }
        ApplicationStatus previous = status;
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
        return previous;
    }

    public boolean wasSubmitted() {
        return submittedAt != null;
    }

    private void planningApplicantFailures(List<Violation> failures) {
        if (!applicantKind.isPublicBody()) {
            failures.add(Violation.ofRule("APPLICANT_NOT_PUBLIC_BODY",
                    "Planning tracks are applied for by a foreign government, public agency or international organization"));
        }
        if (!siteCountry.equals(applicantCountry)) {
            failures.add(Violation.ofRule("APPLICANT_NOT_OF_SITE_COUNTRY",
                    "The applicant (" + applicantCountry + ") must be a public body of the site country " + siteCountry));
        }
    }

    private void demonstrationFailures(List<Violation> failures) {
        if (!applicant().qualifiesAsKoreanCompany()) {
            failures.add(Violation.ofRule("APPLICANT_NOT_KOREAN_COMPANY",
                    "A demonstration is applied for by a Korean company (kind KOREAN_COMPANY, country KR)"));
        }
        Organization partner = partner();
        if (partner == null) {
            failures.add(Violation.ofRule("PARTNER_MISSING", "A demonstration needs a foreign public partner"));
            return;
        }
        if (!partner.kind().isPublicBody()) {
            failures.add(Violation.ofRule("PARTNER_NOT_PUBLIC_BODY", "The partner must be a public body"));
        }
        if (!siteCountry.equals(partner.country())) {
            failures.add(Violation.ofRule("PARTNER_NOT_OF_SITE_COUNTRY",
                    "The partner (" + partner.country() + ") must be of the site country " + siteCountry));
        }
    }

    private void write(ApplicationDraft content, OffsetDateTime now) {
        callId = content.callId();
        track = content.track();
        siteCountry = content.siteCountry();
        city = content.city();
        title = content.title();
        summary = content.summary();
        applicantName = content.applicant().name();
        applicantKind = content.applicant().kind();
        applicantCountry = content.applicant().country();
        Organization partner = content.partner();
        partnerName = partner == null ? null : partner.name();
        partnerKind = partner == null ? null : partner.kind();
        partnerCountry = partner == null ? null : partner.country();
        requestedSupport = content.requestedSupport();
        contactName = content.contact().name();
        contactEmail = content.contact().email();
        contactPhone = content.contact().phone();
        updatedAt = now;
    }

    private void require(ApplicationStatus expected, String code, String detail) {
        if (status != expected) {
            throw ApiProblem.conflict(code, detail + "; this one is " + status);
        }
    }
}
