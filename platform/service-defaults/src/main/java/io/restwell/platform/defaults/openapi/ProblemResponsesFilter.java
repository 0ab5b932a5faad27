package io.restwell.platform.defaults.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, the same way everywhere, so client
 * developers see them without each resource repeating them: 400 (an operation with a body, or a GET),
 * 401, 404 (a path with an {@code id}), 422 (a body) and 500, each with the {@code Problem} schema; a
 * response the operation documents itself is left as it is. For a service whose every operation needs
 * a signed-in caller: {@code mp.openapi.filter=io.restwell.platform.defaults.openapi.ProblemResponsesFilter}.
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
            add(responses, "404", "No such resource for the caller (another person's answers the same)");
        }
        if (hasBody) {
            add(responses, "422", "Well-formed but breaks a rule; `errors` names each field");
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
