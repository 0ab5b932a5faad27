package io.restwell.journal.config;


import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, the same way everywhere, so client
 * developers see them without each resource repeating them.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> document(method, operation));
        return pathItem;
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasId = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "id".equals(parameter.getName()));
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || method == PathItem.HttpMethod.GET) {
            add(responses, "400", "Malformed request or invalid fields; `errors` names each field");
        }
        add(responses, "401", "Missing, expired or invalid bearer token");
        if (hasId) {
            add(responses, "404", "No such entry for the caller (another person's entry answers the same)");
        }
        if (hasBody) {
            add(responses, "422", "Well-formed but impossible, e.g. wake time before bedtime; `errors` names each field");
        }
        add(responses, "500", "Unexpected failure; nothing was changed");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Content problem = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem));
    }

}
