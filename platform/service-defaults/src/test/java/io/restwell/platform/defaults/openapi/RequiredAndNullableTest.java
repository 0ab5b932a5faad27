package io.restwell.platform.defaults.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.restwell.platform.defaults.problem.Problem;

/** The DTO rule on schemas shaped as SmallRye 4 writes them: plain types, $refs with siblings, enums. */
class RequiredAndNullableTest {

    enum Status { OPEN, CLOSED }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Thing")
    record ThingResponse(String id, Status status, @Nullable String notes, @Nullable Status closedBy,
            @JsonProperty("when") String at, @Nullable Integer count, List<String> tags) {
    }

    record Unrelated(String id) {
    }

    /** A domain record with the schema's name as its simple name: the @Schema(name) one above is the schema's. */
    record Thing(String id, String notes) {
    }

    @Test
    void everyComponentIsRequiredUnlessNullableAndOnlyNullableOnesAcceptNull() throws IOException {
        Schema thing = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().ref("UUID"))
                .addProperty("status", OASFactory.createSchema().ref("Status").description("Where it is."))
                .addProperty("notes", OASFactory.createSchema().addType(SchemaType.STRING).enumeration(new java.util.ArrayList<>(List.of("A", "B"))))
                .addProperty("closedBy", OASFactory.createSchema().ref("Status").addType(SchemaType.STRING).description("Who closed it."))
                .addProperty("when", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("count", OASFactory.createSchema().addType(SchemaType.INTEGER).addType(SchemaType.NULL))
                .addProperty("tags", OASFactory.createSchema().addType(SchemaType.ARRAY).addType(SchemaType.NULL));
        Schema other = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Thing", thing).addSchema("Other", other));

        new RequiredAndNullable(Index.of(ThingResponse.class, Thing.class, Status.class, Unrelated.class)).filterOpenAPI(document);

        assertEquals(List.of("id", "status", "when", "tags"), thing.getRequired(), "every component but the @Nullable ones, in order");
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), thing.getProperties().get("notes").getType());
        assertTrue(thing.getProperties().get("notes").getEnumeration().contains(null), "an inline enum lists null too");
        assertEquals(List.of(SchemaType.INTEGER, SchemaType.NULL), thing.getProperties().get("count").getType());
        assertEquals(List.of(SchemaType.ARRAY), thing.getProperties().get("tags").getType(), "not @Nullable: null is taken away");
        Schema closedBy = thing.getProperties().get("closedBy");
        assertNull(closedBy.getRef(), "a $ref beside type null would still refuse null");
        assertNull(closedBy.getType());
        assertEquals("#/components/schemas/Status", closedBy.getAnyOf().get(0).getRef());
        assertEquals(List.of(SchemaType.NULL), closedBy.getAnyOf().get(1).getType());
        assertEquals("Who closed it.", closedBy.getDescription());
        assertEquals("#/components/schemas/Status", thing.getProperties().get("status").getRef(), "required $refs stay as they are");
        assertNull(other.getRequired(), "a schema no record of the index defines is left alone");
    }

    @Test
    void problemsRequireTypeTitleAndStatusOnly() {
        Schema problem = OASFactory.createSchema().addType(SchemaType.OBJECT);
        for (String member : List.of("type", "title", "detail", "instance")) {
            problem.addProperty(member, OASFactory.createSchema().addType(SchemaType.STRING));
        }
        problem.addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER));
        problem.addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Problem", problem));

        RequiredAndNullable.apply(document, indexOf(Problem.class, Problem.FieldError.class));

        assertEquals(List.of("type", "title", "status"), problem.getRequired(), "detail and instance may be left out");
        assertTrue(problem.getProperties().get("errors").getType().contains(SchemaType.NULL));
    }

    @Test
    void aClassListedTwiceByACompositeIndexIsStillFound() {
        Schema thing = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Unrelated", thing));
        Index index = indexOf(Unrelated.class);

        new RequiredAndNullable(CompositeIndex.create(index, index)).filterOpenAPI(document);

        assertEquals(List.of("id"), thing.getRequired(), "Quarkus's index lists application classes twice");
    }

    @Test
    void withoutAnIndexNothingChanges() {
        Schema thing = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Thing", thing));

        new RequiredAndNullable(null).filterOpenAPI(document);

        assertNull(thing.getRequired());
    }

    private static Index indexOf(Class<?>... types) {
        try {
            return Index.of(types);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
