package org.kcity.executors;

import java.net.http.HttpRequest;

import org.kcity.deploy.ServiceStack;
import org.kcity.deploy.ServiceStack.Service;
import org.kcity.deploy.testing.contract.ContractCheckingHttpClient;
import org.kcity.partner.applications.api.ApplicationsApi;
import org.kcity.partner.applications.api.CallsApi;
import org.kcity.partner.budget.api.BudgetsApi;
import org.kcity.partner.executors.api.BidsApi;
import org.kcity.partner.executors.api.ProjectsApi;
import org.kcity.partner.executors.api.SelectionCommitteesApi;
import org.kcity.partner.executors.api.TendersApi;
import org.kcity.partner.selection.api.EvaluationApi;
import org.kcity.partner.selection.api.EvaluatorAssignmentApi;
import org.kcity.partner.selection.api.PublishedResultApi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One partner agency's caller (a bearer token) with the clients generated from the four services' committed OpenAPI
 * documents ({@code org.kcity.partner.<service>}, see this module's POM). Every exchange is checked against the
 * service's document, as REST Assured's are, and answers are read strictly: a property the document does not declare
 * fails the call.
 */
final class Partner {

    private final ServiceStack stack;
    private final String token;

    Partner(ServiceStack stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    CallsApi calls() {
        return new CallsApi(applicationsService());
    }

    ApplicationsApi applications() {
        return new ApplicationsApi(applicationsService());
    }

    EvaluatorAssignmentApi evaluatorAssignment() {
        return new EvaluatorAssignmentApi(selectionService());
    }

    EvaluationApi evaluation() {
        return new EvaluationApi(selectionService());
    }

    PublishedResultApi publishedResult() {
        return new PublishedResultApi(selectionService());
    }

    BudgetsApi budgets() {
        return new BudgetsApi(budgetService());
    }

    ProjectsApi projects() {
        return new ProjectsApi(executorService());
    }

    TendersApi tenders() {
        return new TendersApi(executorService());
    }

    SelectionCommitteesApi committees() {
        return new SelectionCommitteesApi(executorService());
    }

    BidsApi bids() {
        return new BidsApi(executorService());
    }

    // Each document has its own generated ApiClient: the four have the same shape but no common type.

    private org.kcity.partner.applications.ApiClient applicationsService() {
        return new org.kcity.partner.applications.ApiClient(ContractCheckingHttpClient.newBuilder(),
                strict(org.kcity.partner.applications.ApiClient.createDefaultObjectMapper()),
                stack.baseUrl(Service.APPLICATIONS)).setRequestInterceptor(this::authorize);
    }

    private org.kcity.partner.selection.ApiClient selectionService() {
        return new org.kcity.partner.selection.ApiClient(ContractCheckingHttpClient.newBuilder(),
                strict(org.kcity.partner.selection.ApiClient.createDefaultObjectMapper()),
                stack.baseUrl(Service.SELECTION)).setRequestInterceptor(this::authorize);
    }

    private org.kcity.partner.budget.ApiClient budgetService() {
        return new org.kcity.partner.budget.ApiClient(ContractCheckingHttpClient.newBuilder(),
                strict(org.kcity.partner.budget.ApiClient.createDefaultObjectMapper()),
                stack.baseUrl(Service.BUDGET)).setRequestInterceptor(this::authorize);
    }

    private org.kcity.partner.executors.ApiClient executorService() {
        return new org.kcity.partner.executors.ApiClient(ContractCheckingHttpClient.newBuilder(),
                strict(org.kcity.partner.executors.ApiClient.createDefaultObjectMapper()),
                stack.baseUrl(Service.EXECUTORS)).setRequestInterceptor(this::authorize);
    }

    private void authorize(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + token);
    }

    /** The generated clients ignore unknown properties by default, which would hide an answer the document lacks. */
    private static ObjectMapper strict(ObjectMapper generatedDefault) {
        return generatedDefault.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
