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

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.MemberKind;
import org.kcity.executors.service.CommitteeService;
import org.kcity.platform.openapi.Examples;

/** Request bodies of the tender endpoints. */
public final class TenderRequests {

    private TenderRequests() {
    }

    public record OpenTender(
            @Schema(example = "Survey the ten busiest corridors of Da Nang and deliver an adaptive signal master plan with a traffic data platform design, by the end of March 2028.") @NotBlank @Size(max = 4000) String scope,
            @Schema(example = "2027-07-15T18:00:00+09:00") @NotNull OffsetDateTime bidDeadline) {
    }

    public record ReopenTender(
            @Schema(example = "2027-07-29T18:00:00+09:00") @NotNull OffsetDateTime bidDeadline) {
    }

    /** A bid's price is in whole KRW; no project of the program comes near 10 trillion. */
    static final long MAX_PRICE = 10_000_000_000_000L;

    /** A bid; the registration number is the Korean business registration number (NNN-NN-NNNNN). */
    public record BidRequest(
            @Schema(example = Examples.COMPANY) @NotBlank @Size(max = 300) String companyName,
            @Schema(example = "214-86-12345") @NotNull @Size(max = 12) @Pattern(regexp = "^[0-9]{3}-[0-9]{2}-[0-9]{5}$") String registrationNumber,
            @Schema(example = "[\"Seoul Urban Data Lab Inc.\"]") @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> consortiumMembers,
            @Schema(example = "Adaptive signal control tested in Sejong, a corridor survey in the first two months and a data platform built on the city's existing cameras.") @NotBlank @Size(max = 4000) String technicalProposalSummary,
            @Schema(example = Examples.CONTRACT_AMOUNT) @NotNull @Positive @Max(MAX_PRICE) Long price) {

        Bid.Offer offer() {
            return new Bid.Offer(companyName, registrationNumber, consortiumMembers, technicalProposalSummary, price);
        }
    }

    public record TechnicalScoreRequest(
            @Schema(example = "70") @NotNull @Min(0) @Max(80) Integer score) {
    }

    public record AddMember(
            @Schema(example = Examples.HOST_OFFICIAL) @NotBlank @Size(max = 120) String subject,
            @Schema(example = "Tran Van Minh") @NotBlank @Size(max = 300) String name,
            @Schema(example = "OVERSEAS_OFFICIAL") @NotNull MemberKind kind,
            @Schema(example = "VN") @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$") String country) {

        CommitteeService.NewMember member() {
            return new CommitteeService.NewMember(subject, name, kind, country);
        }
    }
}
