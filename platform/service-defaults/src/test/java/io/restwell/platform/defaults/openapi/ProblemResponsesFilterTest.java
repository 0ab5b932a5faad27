package io.restwell.platform.defaults.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** The statuses every operation is given: 406 with content, 415 with a body, and no 422 it did not document. */
class ProblemResponsesFilterTest {

    private static APIResponses filtered(Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/things", OASFactory.createPathItem().POST(operation)));
        new ProblemResponsesFilter().filterOpenAPI(document);
        return operation.getResponses();
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String... types) {
        org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
        for (String type : types) {
            content.addMediaType(type, OASFactory.createMediaType());
        }
        return content;
    }

    @Test
    void anOperationWithABodyAndContentAnswers406And415ButNo422UnlessItSaysSo() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(json("application/json")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                        OASFactory.createAPIResponse().description("Made").content(json("application/json", "text/csv")))));

        assertTrue(responses.getAPIResponse("406").getDescription().endsWith("application/json, text/csv"),
                responses.getAPIResponse("406").getDescription());
        assertEquals("The body's Content-Type is not application/json", responses.getAPIResponse("415").getDescription());
        assertTrue(responses.getAPIResponse("415").getContent().hasMediaType("application/problem+json"));
        assertFalse(responses.hasAPIResponse("422"), "a body does not make a rule reachable");
    }

    @Test
    void anOperationWithoutContentOrBodyHasNeither() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("204", OASFactory.createAPIResponse().description("Gone"))));

        assertFalse(responses.hasAPIResponse("406"));
        assertFalse(responses.hasAPIResponse("415"));
        assertTrue(responses.hasAPIResponse("500"));
    }

    @Test
    void aDocumented422Stays() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(json("application/json")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Done").content(json("application/json")))
                        .addAPIResponse("422", OASFactory.createAPIResponse().description("A night that cannot be")
                                .content(json("application/problem+json")))));

        assertEquals("A night that cannot be", responses.getAPIResponse("422").getDescription());
    }

    @Test
    void aDocumented404WithoutContentKeepsItsWordsAndGetsTheProblemContent() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .parameters(java.util.List.of(OASFactory.createParameter().name("id").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The clinic").content(json("application/json")))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No such clinic"))
                        .addAPIResponse("429", OASFactory.createAPIResponse().description("Too many"))));

        assertEquals("No such clinic", responses.getAPIResponse("404").getDescription());
        assertEquals("Problem", problemSchemaRef(responses, "404"));
        assertEquals("Problem", problemSchemaRef(responses, "429"), "a status the filter does not add is given it too");
        assertEquals(null, responses.getAPIResponse("200").getContent().getMediaType("application/problem+json"));
    }

    @Test
    void aResponseWithContentOfItsOwnKeepsIt() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .parameters(java.util.List.of(OASFactory.createParameter().name("id").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("Gone").content(OASFactory.createContent()
                                .addMediaType("application/problem+json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Tombstone")))))));

        assertEquals("Gone", responses.getAPIResponse("404").getDescription());
        assertEquals("Tombstone", problemSchemaRef(responses, "404"));
    }

    @Test
    void quarkusGeneratedPlaceholdersAreReplaced() {
        APIResponses responses = filtered(OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(json("application/json")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"))));

        assertEquals("Malformed body or invalid fields; `errors` names each field", responses.getAPIResponse("400").getDescription());
        assertEquals("Problem", problemSchemaRef(responses, "400"));
    }

    /** The short name of the schema an answer's problem content refers to ("Problem" for #/components/schemas/Problem). */
    private static String problemSchemaRef(APIResponses responses, String status) {
        org.eclipse.microprofile.openapi.models.media.Content content = responses.getAPIResponse(status).getContent();
        assertTrue(content != null && content.hasMediaType("application/problem+json"), status + " has no problem content");
        String ref = content.getMediaType("application/problem+json").getSchema().getRef();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
