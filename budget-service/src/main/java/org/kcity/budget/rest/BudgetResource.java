package org.kcity.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetState;
import org.kcity.budget.domain.Track;
import org.kcity.budget.service.BudgetFilter;
import org.kcity.budget.service.BudgetQueries;
import org.kcity.budget.service.BudgetService;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.security.Roles;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.PageRequest;

@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
@RolesAllowed(Roles.PROGRAM_OFFICER)
public class BudgetResource {

    private final BudgetService budgets;
    private final BudgetQueries queries;
    private final ProgramClock clock;

    BudgetResource(BudgetService budgets, BudgetQueries queries, ProgramClock clock) {
        this.budgets = budgets;
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listBudgets", summary = "Budgets, of a call or a project, optionally of one track and state",
            description = "Program officers only. Lists the budgets of a call or of one project, one page at a time.")
    public Page<BudgetView> list(@QueryParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId, @QueryParam("projectId") @Size(max = Identifiers.MAX_LENGTH) String projectId,
            @QueryParam("track") Track track, @QueryParam("state") BudgetState state,
            @BeanParam @Valid PageRequest.Small paging) {
        BudgetFilter filter = new BudgetFilter(callId, projectId, track, state);
        return queries.list(filter, paging).map(this::view);
    }

    @GET
    @Path("/overdue-drafts")
    @Operation(operationId = "listOverdueDraftBudgets", summary = "Drafts not finalized by their due date (end of the month, in the program's time zone, in which the project was selected), optionally of one call",
            description = "Program officers only. Lists the draft budgets past their due date, to chase them.")
    public Page<BudgetView> overdueDrafts(@QueryParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId,
            @BeanParam @Valid PageRequest.Small paging) {
        return queries.overdueDrafts(callId, paging).map(this::view);
    }

    @GET
    @Path("/{budgetId}")
    @Operation(operationId = "getBudget", summary = "One budget; its ETag is the If-Match of the next change",
            description = "Program officers only. Reads one budget with its lines, its state and whether it is overdue.")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Response read(@PathParam("budgetId") @Size(max = Identifiers.MAX_LENGTH) String budgetId) {
        return answer(queries.byId(budgetId));
    }

    @PUT
    @Path("/{budgetId}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceBudgetLines", summary = "Replace all lines of a draft (If-Match required)",
            description = "Program officers only. Replaces every line of a draft budget; the total is the sum of the lines, in whole KRW.")
    @APIResponse(responseCode = "200", description = "The draft with its new lines",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Response replaceLines(@PathParam("budgetId") @Size(max = Identifiers.MAX_LENGTH) String budgetId, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch,
            @Valid @NotNull ReplaceLinesRequest request) {
        return answer(budgets.replaceLines(budgetId, ifMatch, BudgetLineBody.toLines(request.lines())));
    }

    @POST
    @Path("/{budgetId}/finalization")
    @Operation(operationId = "finalizeBudget", summary = "Finalize a draft: total within the track's floor and cap (422), and within what the call's envelope has free (409 ENVELOPE_EXCEEDED)",
            description = "Program officers only. Finalizes a draft budget: its total is committed from the call's envelope, and executor-service opens the tender of a planning project.")
    @APIResponse(responseCode = "200", description = "The finalized budget",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Response finalize(@PathParam("budgetId") @Size(max = Identifiers.MAX_LENGTH) String budgetId, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch) {
        return answer(budgets.finalize(budgetId, ifMatch));
    }

    @POST
    @Path("/{budgetId}/adjustment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustBudget", summary = "Record a finalized demonstration budget's adjustment with the company (total never up)",
            description = "Program officers only. Records the lines agreed with the demonstrating company after finalization, and why; the total may go down, never up.")
    @APIResponse(responseCode = "200", description = "The adjusted budget",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Response adjust(@PathParam("budgetId") @Size(max = Identifiers.MAX_LENGTH) String budgetId, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch,
            @Valid @NotNull AdjustmentRequest request) {
        return answer(budgets.adjust(budgetId, ifMatch, BudgetLineBody.toLines(request.lines()), request.note()));
    }

    private Response answer(Budget budget) {
        return Response.ok(view(budget)).tag(ETags.of(budget.version)).build();
    }

    private BudgetView view(Budget budget) {
        return BudgetView.of(budget, clock.today());
    }
}
