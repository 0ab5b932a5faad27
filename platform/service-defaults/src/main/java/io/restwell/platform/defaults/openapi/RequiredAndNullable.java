package io.restwell.platform.defaults.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The DTO rule of the public contract, applied to every record schema of a document: a component annotated
 * {@code @jakarta.annotation.Nullable} may be {@code null} (OpenAPI 3.1 {@code type: [X, "null"]}, or
 * {@code anyOf: [{$ref}, {type: "null"}]} for a referenced schema, so an enum does not have to list null) and is
 * not {@code required}; every other component is {@code required} and never {@code null}.
 * <p>
 * SmallRye OpenAPI 4 marks only bean validation's {@code @NotNull} (and Jackson's {@code required}) as required and
 * knows only Kotlin's and JetBrains' nullability, so without this every field of a response looks optional and no
 * {@code null} that really arrives is allowed. The records are found in the build's Jandex index by schema name
 * ({@code @Schema(name)}, else the simple name).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public final class RequiredAndNullable implements OASFilter {

    static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName JSON_IGNORE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonIgnore");

    private final IndexView index;

    public RequiredAndNullable(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        apply(openAPI, index);
    }

    /** Applies the rule to every component schema of {@code openAPI} that one record of {@code index} defines. */
    static void apply(OpenAPI openAPI, IndexView index) {
        if (index == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, ClassInfo> records = recordsBySchemaName(index, schemas.keySet());
        records.forEach((name, record) -> apply(schemas.get(name), record));
    }

    private static Map<String, ClassInfo> recordsBySchemaName(IndexView index, Set<String> names) {
        Map<String, ClassInfo> named = new HashMap<>();
        Map<String, ClassInfo> bySimpleName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            String explicit = explicitName(type);
            String name = explicit != null ? explicit : type.simpleName();
            if (!names.contains(name)) {
                continue;
            }
            // A composite index (Quarkus's) may list one class twice: only another class makes a name ambiguous.
            ClassInfo earlier = (explicit != null ? named : bySimpleName).putIfAbsent(name, type);
            if (earlier != null && !earlier.name().equals(type.name())) {
                ambiguous.add((explicit != null ? "@" : "") + name);
            }
        }
        // A name given with @Schema(name) is the schema's, even where another record has it as its simple name
        // (journal's REST summary records mirror the domain's); two records claiming one name are left alone.
        ambiguous.forEach(name -> (name.startsWith("@") ? named : bySimpleName).remove(name.replace("@", "")));
        Map<String, ClassInfo> found = new HashMap<>(bySimpleName);
        found.putAll(named);
        return found;
    }

    private static String explicitName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name != null && !name.asString().isBlank() ? name.asString() : null;
    }

    private static void apply(Schema schema, ClassInfo record) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        List<String> required = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (RecordComponentInfo component : record.recordComponentsInDeclarationOrder()) {
            if (annotation(record, component, JSON_IGNORE) != null) {
                continue;
            }
            String property = propertyName(record, component);
            properties.add(property);
            Schema propertySchema = schema.getProperties().get(property);
            if (propertySchema == null) {
                continue;
            }
            if (annotation(record, component, NULLABLE) != null) {
                schema.addProperty(property, nullable(propertySchema));
            } else {
                required.add(property);
                schema.addProperty(property, notNull(propertySchema));
            }
        }
        // Keep what the scanner made required that is not a record component (none today), in the records' order.
        if (schema.getRequired() != null) {
            schema.getRequired().stream().filter(name -> !properties.contains(name)).forEach(required::add);
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static String propertyName(ClassInfo record, RecordComponentInfo component) {
        AnnotationInstance json = annotation(record, component, JSON_PROPERTY);
        AnnotationValue value = json == null ? null : json.value();
        return value != null && !value.asString().isEmpty() ? value.asString() : component.name();
    }

    /** An annotation where Java puts it for a record component: the component, its field or its accessor. */
    private static AnnotationInstance annotation(ClassInfo record, RecordComponentInfo component, DotName name) {
        AnnotationInstance found = component.annotation(name);
        if (found == null && record.field(component.name()) != null) {
            found = record.field(component.name()).annotation(name);
        }
        if (found == null && record.method(component.name()) != null) {
            found = record.method(component.name()).annotation(name);
        }
        return found;
    }

    /** The same schema, also allowing {@code null}. */
    static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            // $ref with siblings applies both, so null must be an alternative, not a second type.
            Schema alternatives = OASFactory.createSchema()
                    .addAnyOf(OASFactory.createSchema().ref(schema.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            alternatives.setDescription(schema.getDescription());
            alternatives.setExamples(schema.getExamples());
            alternatives.setDeprecated(schema.getDeprecated());
            alternatives.setReadOnly(schema.getReadOnly());
            alternatives.setWriteOnly(schema.getWriteOnly());
            return alternatives;
        }
        if (schema.getType() != null && !schema.getType().isEmpty()) {
            if (!schema.getType().contains(Schema.SchemaType.NULL)) {
                schema.addType(Schema.SchemaType.NULL);
            }
            if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                // addEnumeration(null) is dropped by SmallRye's model: set the whole list.
                List<Object> values = new ArrayList<>(schema.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
            return schema;
        }
        if (schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null) {
            return OASFactory.createSchema().addAnyOf(schema).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        return schema;
    }

    /** The same schema without {@code null}: only @Nullable components may be null. */
    static Schema notNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL) && schema.getType().size() > 1) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.remove(Schema.SchemaType.NULL);
            schema.setType(types);
        }
        return schema;
    }
}
