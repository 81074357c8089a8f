package org.kcity.executors.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.MemberKind;
import org.kcity.executors.service.CommitteeService;

/** Request bodies of the tender endpoints. */
public final class TenderRequests {

    private TenderRequests() {
    }

    public record OpenTender(@NotBlank @Size(max = 4000) String scope, @NotNull OffsetDateTime bidDeadline) {
    }

    public record ReopenTender(@NotNull OffsetDateTime bidDeadline) {
    }

    /** A bid's price is in whole KRW; no project of the program comes near 10 trillion. */
    static final long MAX_PRICE = 10_000_000_000_000L;

    /** A bid; the registration number is the Korean business registration number (NNN-NN-NNNNN). */
    public record BidRequest(
            @NotBlank @Size(max = 300) String companyName,
            @NotNull @Size(max = 12) @Pattern(regexp = "^[0-9]{3}-[0-9]{2}-[0-9]{5}$") String registrationNumber,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> consortiumMembers,
            @NotBlank @Size(max = 4000) String technicalProposalSummary,
            @NotNull @Positive @Max(MAX_PRICE) Long price) {

        Bid.Offer offer() {
            return new Bid.Offer(companyName, registrationNumber, consortiumMembers, technicalProposalSummary, price);
        }
    }

    public record TechnicalScoreRequest(@NotNull @Min(0) @Max(80) Integer score) {
    }

    public record AddMember(
            @NotBlank @Size(max = 120) String subject,
            @NotBlank @Size(max = 300) String name,
            @NotNull MemberKind kind,
            @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$") String country) {

        CommitteeService.NewMember member() {
            return new CommitteeService.NewMember(subject, name, kind, country);
        }
    }
}
