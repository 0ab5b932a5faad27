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
}
