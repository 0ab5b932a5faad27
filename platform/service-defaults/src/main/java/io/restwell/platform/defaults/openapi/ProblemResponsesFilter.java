package io.restwell.platform.defaults.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the problem responses every operation can give, the same way everywhere, so client
 * developers see them without each resource repeating them, each with the {@code Problem} schema:
 * <ul>
 * <li>400: an operation with a body or query parameters;</li>
 * <li>401: an operation with a security requirement (its own, else the document's), described per scheme
 * (bearer token, API key);</li>
 * <li>403: a requirement that names roles ({@code @SecurityRequirement(name = "bearer", scopes = "admin")},
 * which OpenAPI 3.1 allows for any scheme); the roles then leave the requirement, as client generators and
 * Spectral accept scopes only for OAuth and OpenID Connect schemes, and the 403 names them;</li>
 * <li>404: a path with an {@code id}; 412: an {@code If-Match} header; 500: every operation;</li>
 * <li>406: an operation that answers with content (Accept is matched against its media types, listed);</li>
 * <li>415: an operation with a body (the media types it reads, listed).</li>
 * </ul>
 * A 422 is never added: a body does not make a rule reachable, so an operation that can break one documents
 * its own 422. A response the operation documents itself keeps its description and headers; if it is a 4xx or 5xx
 * without content, it is given the {@code application/problem+json} content with the {@code Problem} schema, so a
 * resource writes only {@code @APIResponse(responseCode = "404", description = "No such clinic")} (a response with
 * content of its own, e.g. a 409 with extra members or examples, keeps it). Quarkus' own content-less placeholders
 * ("Bad Request", "Not Authorized", "Not Allowed") are replaced by the ones above. Response headers declared by description only get a string schema
 * (OpenAPI requires one; generated clients read it). One filter per service:
 * {@code mp.openapi.filter=io.restwell.platform.defaults.openapi.ProblemResponsesFilter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return header;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, SecurityScheme> schemes = openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                ? Map.of() : openAPI.getComponents().getSecuritySchemes();
        List<SecurityRequirement> global = openAPI.getSecurity() == null ? List.of() : openAPI.getSecurity();
        openAPI.getPaths().getPathItems().values().forEach(pathItem -> pathItem.getOperations().forEach((method, operation) ->
                document(method, operation, operation.getSecurity() != null ? operation.getSecurity() : global, schemes)));
        // The roles have become the 403; client tools and linters expect scopes only where the scheme defines them (OAuth).
        openAPI.getPaths().getPathItems().values().forEach(pathItem -> pathItem.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() != null) {
                operation.getSecurity().forEach(requirement -> withoutRoles(requirement, schemes));
            }
        }));
        global.forEach(requirement -> withoutRoles(requirement, schemes));
    }

    private static void withoutRoles(SecurityRequirement requirement, Map<String, SecurityScheme> schemes) {
        if (requirement.getSchemes() == null) {
            return;
        }
        for (String name : List.copyOf(requirement.getSchemes().keySet())) {
            SecurityScheme scheme = schemes.get(name);
            boolean scoped = scheme != null
                    && (scheme.getType() == SecurityScheme.Type.OAUTH2 || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT);
            if (!scoped) {
                requirement.addScheme(name, new ArrayList<>());
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, List<SecurityRequirement> security,
            Map<String, SecurityScheme> schemes) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasId = parameters.stream().anyMatch(parameter -> "id".equals(parameter.getName()));
        boolean hasQuery = parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasIfMatch = parameters.stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
        // A path parameter (an id that is no UUID) or a header (a malformed ETag) can be malformed too.
        if (hasBody || !parameters.isEmpty()) {
            add(responses, "400", hasBody && parameters.isEmpty() ? "Malformed body or invalid fields; `errors` names each field"
                    : hasBody ? "Malformed body, or invalid fields or parameters; `errors` names each"
                    : "A missing or malformed parameter; `errors` names each");
        }
        List<String> credentials = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : security) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            requirement.getSchemes().forEach((name, scopes) -> {
                credentials.add(credential(name, schemes.get(name)));
                if (scopes != null) {
                    roles.addAll(scopes);
                }
            });
        }
        if (!credentials.isEmpty()) {
            add(responses, "401", String.join("; or ", credentials));
        }
        if (!roles.isEmpty()) {
            add(responses, "403", roles.size() == 1
                    ? "Signed in, but without the " + roles.iterator().next() + " role this needs"
                    : "Signed in, but without any of the roles this needs: " + String.join(", ", roles));
        }
        if (hasId) {
            add(responses, "404", "No such resource for the caller (another person's answers the same)");
        }
        if (hasIfMatch) {
            add(responses, "412", "If-Match does not match the current ETag: someone changed it since; read it again");
        }
        // 422 only where an operation documents it: a body does not make a rule reachable.
        List<String> answered = answeredTypes(responses);
        if (!answered.isEmpty()) {
            add(responses, "406", "Accept takes none of the media types this answers with: " + String.join(", ", answered));
        }
        if (hasBody) {
            List<String> read = operation.getRequestBody().getContent() == null || operation.getRequestBody().getContent().getMediaTypes() == null
                    ? List.of() : List.copyOf(operation.getRequestBody().getContent().getMediaTypes().keySet());
            add(responses, "415", read.isEmpty() ? "The body's Content-Type is not one this reads"
                    : "The body's Content-Type is not " + String.join(" or ", read));
        }
        add(responses, "500", "Unexpected failure; nothing was changed");
        // What the operation documents itself without content: every 4xx/5xx answer is a problem.
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null && response.getRef() == null) {
                response.setContent(problem());
            }
        });
    }

    /** The media types of the operation's successful answers (the ones an Accept header is matched against). */
    private static List<String> answeredTypes(APIResponses responses) {
        Set<String> types = new LinkedHashSet<>();
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    types.addAll(response.getContent().getMediaTypes().keySet());
                }
            });
        }
        return List.copyOf(types);
    }

    /** What a 401 means for one scheme, in the words a client developer looks for. */
    private static String credential(String name, SecurityScheme scheme) {
        if (scheme != null && scheme.getType() == SecurityScheme.Type.APIKEY) {
            return "Missing, unknown or revoked API key"
                    + (scheme.getName() == null ? "" : " (" + scheme.getName() + (scheme.getIn() == null ? "" : " " + scheme.getIn()) + ")");
        }
        if (scheme != null && scheme.getType() == SecurityScheme.Type.HTTP && "basic".equalsIgnoreCase(scheme.getScheme())) {
            return "Missing or wrong credentials";
        }
        if (scheme == null || scheme.getType() == SecurityScheme.Type.HTTP || scheme.getType() == SecurityScheme.Type.OAUTH2
                || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
            return "Missing, expired or invalid bearer token";
        }
        return "Missing or invalid " + name + " credentials";
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && !generated(status, existing)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem()));
    }

    /** The responses Quarkus adds without content (auto-add-bad-request-response, auto-add-security): said better above. */
    private static final Map<String, String> GENERATED = Map.of("400", "Bad Request", "401", "Not Authorized", "403", "Not Allowed");

    private static boolean generated(String status, APIResponse response) {
        return response.getContent() == null && response.getRef() == null && GENERATED.get(status) != null
                && GENERATED.get(status).equals(response.getDescription());
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
