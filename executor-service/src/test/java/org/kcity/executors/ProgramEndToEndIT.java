package org.kcity.executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.DevTokens;
import org.kcity.deploy.ServiceStack;
import org.kcity.deploy.testing.EventContracts;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.PublishedEvent;
import org.kcity.partner.applications.model.ApplicationDraft;
import org.kcity.partner.applications.model.CallDefinition;
import org.kcity.partner.applications.model.Contact;
import org.kcity.partner.applications.model.Criterion;
import org.kcity.partner.applications.model.Organization;
import org.kcity.partner.applications.model.OrganizationKind;
import org.kcity.partner.applications.model.RegionGroup;
import org.kcity.partner.applications.model.Track;
import org.kcity.partner.applications.model.TrackTerms;
import org.kcity.partner.budget.model.AdjustmentRequest;
import org.kcity.partner.budget.model.BudgetCategory;
import org.kcity.partner.budget.model.BudgetLineBody;
import org.kcity.partner.budget.model.BudgetView;
import org.kcity.partner.executors.model.AddMember;
import org.kcity.partner.executors.model.BidRequest;
import org.kcity.partner.executors.model.MemberKind;
import org.kcity.partner.executors.model.OpenTender;
import org.kcity.partner.executors.model.TechnicalScoreRequest;
import org.kcity.partner.selection.model.AssignRequest;
import org.kcity.partner.selection.model.CallProgressView;
import org.kcity.partner.selection.model.ProgressView;
import org.kcity.partner.selection.model.ScoreSheetRequest;
import org.kcity.platform.security.Roles;

/**
 * The whole program, as partners use it: the four packaged services run as their own processes against a real
 * PostgreSQL and a real Kafka broker, and one call goes from intake to two scheduled projects (a planning project
 * through a tender, a demonstration through its budget adjustment) with nothing but the public APIs and events. Every
 * call goes through the client generated from the service's committed OpenAPI document ({@link Partner}), as a
 * partner agency's would.
 */
class ProgramEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Next year's call, so its start dates (1 July, 1 August) always lie ahead of the appointments. */
    private static final int YEAR = Year.now(ZoneId.of("Asia/Seoul")).plusYears(1).getValue();
    /** What selection's and executor-service's clients throw for an answer that is not a success. */
    private static final Class<? extends Exception> SELECTION_REFUSAL = org.kcity.partner.selection.ApiException.class;
    private static final Class<? extends Exception> EXECUTORS_REFUSAL = org.kcity.partner.executors.ApiException.class;
    private static ServiceStack stack;

    private final Partner officer = partner(token("officer", "molit", null, Roles.PROGRAM_OFFICER));

    @BeforeAll
    static void startTheProgram() {
        stack = ServiceStack.start(Path.of("..").toAbsolutePath().normalize(), Path.of("target", "e2e").toAbsolutePath(),
                ServiceStack.Settings.END_TO_END_TEST);
        EventLog.useBroker(stack.bootstrapServers());
    }

    @AfterAll
    static void stopTheProgram() {
        EventLog.useBroker(null);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_call_goes_from_intake_through_selection_budget_and_tender_to_scheduled_projects() throws Exception {
        // Intake: a program officer opens a call; a city government and a Korean company apply.
        String callId = created(officer.calls().createCallWithHttpInfo(call())).getId();
        officer.calls().openCall(callId);
        String cityGovernment = unique("gov-vn-danang");
        String company = unique("kr-smart-co");
        String urbanApplication = submit(cityGovernment, application(callId, Track.URBAN_DEVELOPMENT, "VN",
                organization("Da Nang People's Committee", OrganizationKind.LOCAL_GOVERNMENT, "VN")));
        String demonstration = submit(company, application(callId, Track.SOLUTION_DEMONSTRATION, "PH",
                organization("K-Smart Co.", OrganizationKind.KOREAN_COMPANY, "KR"))
                .partner(organization("Department of Transportation", OrganizationKind.CENTRAL_GOVERNMENT, "PH")));
        officer.calls().closeCall(callId);

        // Selection: learned from kcity.applications; an evaluator scores; the officer publishes the result once
        // selection has every submission the close counted.
        patiently(SELECTION_REFUSAL).untilAsserted(() -> {
            CallProgressView progress = officer.evaluatorAssignment().getCallProgress(callId, null, null);
            assertThat(progress.getExpectedSubmissions()).isEqualTo(2L);
            assertThat(progress.getReceivedSubmissions()).isEqualTo(2L);
            assertThat(progress.getApplications()).extracting(ProgressView::getApplicationId).hasSize(2);
        });
        String evaluator = unique("evaluator");
        for (var track : List.of(org.kcity.partner.selection.model.Track.URBAN_DEVELOPMENT,
                org.kcity.partner.selection.model.Track.SOLUTION_DEMONSTRATION)) {
            officer.evaluatorAssignment().assignEvaluatorToTrack(callId, track, new AssignRequest().evaluatorId(evaluator));
        }
        Partner evaluatorsDesk = partner(DevTokens.mint(evaluator, "kaia", null, List.of(Roles.EVALUATOR)));
        for (String applicationId : List.of(urbanApplication, demonstration)) {
            created(evaluatorsDesk.evaluation().fileScoreSheetWithHttpInfo(applicationId, new ScoreSheetRequest()
                    .scores(Map.of("FEASIBILITY", BigDecimal.valueOf(85), "IMPACT", BigDecimal.valueOf(80))), null));
        }
        patiently(SELECTION_REFUSAL).untilAsserted(() -> created(officer.publishedResult().publishResultWithHttpInfo(callId)));
        String urbanProject = projectOf(urbanApplication);
        String demonstrationProject = projectOf(demonstration);

        // Budgets: drafted from ProjectSelected; the officer finalizes both and adjusts the demonstration's.
        String urbanBudget = finalizedBudget(urbanProject);
        String demonstrationBudget = finalizedBudget(demonstrationProject);
        assertThat(urbanBudget).isNotEqualTo(demonstrationBudget);
        officer.budgets().adjustBudget(demonstrationBudget, new AdjustmentRequest()
                .note("Scope agreed with the company and the host ministry")
                .lines(List.of(new BudgetLineBody().category(BudgetCategory.DEMONSTRATION_OPERATION)
                        .description("Pilot operation").amount(450_000_000L))), null);

        // Executors: the planning project is tendered, scored by a committee with a host official, and awarded.
        UUID tenderId = patiently(EXECUTORS_REFUSAL)
                .until(() -> officer.projects().getProject(urbanProject).getTenderId(), Objects::nonNull);
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        officer.tenders().openTender(tenderId, new OpenTender().scope("Master plan agreed with Da Nang").bidDeadline(deadline));
        String bidder = unique("kr-urban-eng");
        UUID bidId = created(partner(token("bidder", bidder, null, Roles.BIDDER)).bids().submitBidWithHttpInfo(tenderId,
                new BidRequest().companyName("Urban Engineering Co.").registrationNumber("123-45-67890")
                        .consortiumMembers(List.of("Seoul Urban Consultants"))
                        .technicalProposalSummary("Phased master plan with a digital twin").price(450_000_000L),
                idempotencyKey())).getId();
        Map<String, MemberKind> committee = Map.of(
                unique("official"), MemberKind.OVERSEAS_OFFICIAL,
                unique("expert"), MemberKind.EXPERT,
                unique("expert"), MemberKind.EXPERT);
        for (var member : committee.entrySet()) {
            created(officer.committees().addCommitteeMemberWithHttpInfo(tenderId, new AddMember().subject(member.getKey())
                    .name(member.getKey()).kind(member.getValue())
                    .country(member.getValue() == MemberKind.OVERSEAS_OFFICIAL ? "VN" : null)));
        }
        for (var member : committee.entrySet()) {
            boolean hostOfficial = member.getValue() == MemberKind.OVERSEAS_OFFICIAL;
            Partner scorer = partner(hostOfficial
                    ? DevTokens.mint(member.getKey(), "gov-vn", "VN", List.of(Roles.OVERSEAS_OFFICIAL))
                    : DevTokens.mint(member.getKey(), "kaia", null, List.of(Roles.EVALUATOR)));
            patiently(EXECUTORS_REFUSAL).untilAsserted(() -> assertThat(scorer.bids()
                    .scoreBid(bidId, tenderId, new TechnicalScoreRequest().score(72)).getVerifiedHostOfficial())
                    .isEqualTo(hostOfficial));
        }
        officer.tenders().awardTender(tenderId);

        // Both projects are scheduled: planning on 1 August, the demonstration on 1 July of the call's year.
        PublishedEvent planning = scheduled(urbanProject);
        assertThat(planning.data().get("startDate").asText()).isEqualTo(YEAR + "-08-01");
        assertThat(planning.data().get("executorOrganizationId").asText()).isEqualTo(bidder);
        PublishedEvent demonstrating = scheduled(demonstrationProject);
        assertThat(demonstrating.data().get("startDate").asText()).isEqualTo(YEAR + "-07-01");
        assertThat(demonstrating.data().get("executorOrganizationId").asText()).isEqualTo(company);
        PublishedEvent appointed = EventContracts.assertHonoursContract(EventLog.await("kcity.executors",
                EventLog.ofType("kcity.executor.appointed.v1", demonstrationProject), PATIENCE));
        assertThat(appointed.data().get("method").asText()).isEqualTo("DEMONSTRATION_APPLICANT");
        assertThat(appointed.data().get("contractAmount").asLong()).isEqualTo(450_000_000L);
    }

    private String submit(String organization, ApplicationDraft application) throws Exception {
        Partner applicant = partner(token("applicant", organization, null, Roles.APPLICANT));
        String id = created(applicant.applications().createApplicationWithHttpInfo(application, idempotencyKey())).getId();
        applicant.applications().submitApplication(id, idempotencyKey());
        return id;
    }

    private static String projectOf(String applicationId) {
        PublishedEvent selected = EventContracts.assertHonoursContract(EventLog.await("kcity.selection",
                event -> "kcity.selection.project_selected.v1".equals(event.type())
                        && applicationId.equals(event.data().get("applicationId").asText()), PATIENCE));
        return selected.subject();
    }

    private String finalizedBudget(String projectId) throws Exception {
        String budgetId = await().atMost(PATIENCE).until(() -> officer.budgets()
                .listBudgets(null, null, projectId, null, null, null).getItems().stream()
                .findFirst().map(BudgetView::getBudgetId).orElse(null), Objects::nonNull);
        officer.budgets().finalizeBudget(budgetId, null);
        return budgetId;
    }

    private static PublishedEvent scheduled(String projectId) {
        return EventContracts.assertHonoursContract(EventLog.await("kcity.executors",
                EventLog.ofType("kcity.executor.project_scheduled.v1", projectId), PATIENCE));
    }

    private static CallDefinition call() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return new CallDefinition()
                .year(YEAR)
                .title(unique("K-City Network call"))
                .tracks(List.of(
                        new TrackTerms().track(Track.URBAN_DEVELOPMENT).quota(1).supportFloor(400_000_000L)
                                .supportCap(600_000_000L),
                        new TrackTerms().track(Track.SOLUTION_DEMONSTRATION).quota(1).supportFloor(400_000_000L)
                                .supportCap(600_000_000L)))
                .criteria(List.of(
                        new Criterion().code("FEASIBILITY").name("Feasibility").weight(60),
                        new Criterion().code("IMPACT").name("Impact").weight(40)))
                .opensAt(now.minusDays(1))
                .closesAt(now.plusDays(1))
                .envelope(2_000_000_000L)
                .passingScore(BigDecimal.valueOf(70))
                .evaluationsPerApplication(1)
                .regionGroups(List.of(new RegionGroup().name("ASEAN").countries(List.of("VN", "PH"))));
    }

    private static ApplicationDraft application(String callId, Track track, String country, Organization applicant) {
        return new ApplicationDraft()
                .callId(callId).track(track).siteCountry(country).city("Da Nang")
                .title("Smart city project in " + country).summary("A smart-city project.")
                .applicant(applicant).requestedSupport(500_000_000L)
                .contact(new Contact().name("Project lead").email("lead@example.org"));
    }

    private static Organization organization(String name, OrganizationKind kind, String country) {
        return new Organization().name(name).kind(kind).country(country);
    }

    /** The answer's data, once it is a 201 Created (a generated client takes any 2xx as success). */
    private static <T> T created(org.kcity.partner.applications.ApiResponse<T> answer) {
        return created(answer.getStatusCode(), answer.getData());
    }

    private static <T> T created(org.kcity.partner.selection.ApiResponse<T> answer) {
        return created(answer.getStatusCode(), answer.getData());
    }

    private static <T> T created(org.kcity.partner.executors.ApiResponse<T> answer) {
        return created(answer.getStatusCode(), answer.getData());
    }

    private static <T> T created(int status, T data) {
        assertThat(status).as("status").isEqualTo(201);
        return data;
    }

    private static ConditionFactory patiently(Class<? extends Exception> refusal) {
        return await().atMost(PATIENCE).ignoreExceptionsInstanceOf(refusal);
    }

    private static Partner partner(String token) {
        return new Partner(stack, token);
    }

    private static String token(String subjectPrefix, String organization, String country, String role) {
        return DevTokens.mint(unique(subjectPrefix), organization, country, List.of(role));
    }

    private static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
