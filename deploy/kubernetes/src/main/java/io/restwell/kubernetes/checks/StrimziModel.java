package io.restwell.kubernetes.checks;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.crdgenerator.annotations.Maximum;
import io.strimzi.crdgenerator.annotations.Minimum;
import io.strimzi.crdgenerator.annotations.MinimumItems;
import io.strimzi.crdgenerator.annotations.Pattern;
import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;

/**
 * Validates Strimzi resources (group kafka.strimzi.io) against Strimzi's own Java API model,
 * io.strimzi:api 0.50.0, from which Strimzi generates its CRDs.
 *
 * <p>The object is deserialized into the model class of its kind (wrong JSON types, unknown
 * polymorphic {@code type}s such as a storage type, malformed values fail here). Strimzi's model keeps
 * unknown fields instead of failing on them ({@code UnknownPropertyPreserving}, and fabric8's
 * {@code additionalProperties} for embedded Kubernetes types), so the whole object graph is then
 * walked and every kept unknown field is reported. The walk also applies the constraints the model's
 * annotations carry into the CRD schema: {@code @JsonProperty(required = true)},
 * {@code @RequiredInVersions}, {@code @PresentInVersions} (a field that the resource's API version
 * does not have), {@code @Minimum}, {@code @Maximum}, {@code @MinimumItems}, {@code @Pattern}.
 *
 * <p>Not covered: the CRDs' CEL rules and {@code @OneOf} alternatives, and what only the operator
 * decides at reconcile time (e.g. whether a Kafka version is supported by the installed operator).
 */
public final class StrimziModel {

    public static final String STRIMZI_VERSION = "0.50.0";
    private static final List<String> API_VERSION_ORDER = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");
    private static final Map<String, Class<?>> KINDS = Map.of(
            "Kafka", Kafka.class,
            "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrimziModel() {
    }

    public static boolean handles(ObjectNode object) {
        return object.path("apiVersion").asText().startsWith("kafka.strimzi.io/");
    }

    /** The problems of one Strimzi resource; empty when it is valid. */
    public static List<String> validate(ObjectNode object) {
        List<String> problems = new ArrayList<>();
        String where = Kustomize.describe(object);
        String apiVersion = object.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        Class<?> type = KINDS.get(object.path("kind").asText());
        if (type == null) {
            problems.add(where + ": kind is not one of " + KINDS.keySet());
            return problems;
        }
        if (!servedVersions(type).contains(version)) {
            problems.add(where + ": " + apiVersion + " is not served by Strimzi " + STRIMZI_VERSION
                    + " for " + type.getSimpleName() + " (" + servedVersions(type) + ")");
            return problems;
        }
        Object model;
        try {
            model = MAPPER.treeToValue(object, type);
        } catch (Exception e) {
            problems.add(where + ": does not match Strimzi's model: " + e.getMessage().lines().findFirst().orElse(""));
            return problems;
        }
        walk(model, "", version, problems, where, new IdentityHashMap<>());
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> servedVersions(Class<?> type) {
        try {
            return (List<String>) type.getField("VERSIONS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Object value, String path, String version, List<String> problems, String where,
            Map<Object, Boolean> seen) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, version, problems, where, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", version, problems, where, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!(pkg.startsWith("io.strimzi.") || pkg.startsWith("io.fabric8.")) || value.getClass().isEnum()
                || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        unknownFields(value, path, problems, where);
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.hasGetter() || property.getName().equals("additionalProperties")) {
                continue;
            }
            Method getter = property.getGetter().getAnnotated();
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String childPath = path + "." + property.getName();
            List<AnnotatedElement> annotated = new ArrayList<>();
            annotated.add(getter);
            if (property.hasField()) {
                annotated.add(property.getField().getAnnotated());
            }
            constraints(annotated, child, childPath, version, problems, where, value);
            walk(child, childPath, version, problems, where, seen);
        }
    }

    private static void unknownFields(Object value, String path, List<String> problems, String where) {
        try {
            Method method = value.getClass().getMethod("getAdditionalProperties");
            Object extra = method.invoke(value);
            if (extra instanceof Map<?, ?> map && !map.isEmpty()) {
                for (Object key : map.keySet()) {
                    problems.add(where + ": unknown field " + path + "." + key + " (not in Strimzi's "
                            + value.getClass().getSimpleName() + ")");
                }
            }
        } catch (NoSuchMethodException e) {
            // this type does not keep unknown fields: Jackson already refused them
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void constraints(List<AnnotatedElement> annotated, Object child, String path, String version,
            List<String> problems, String where, Object parent) {
        JsonProperty json = find(annotated, JsonProperty.class);
        PresentInVersions present = find(annotated, PresentInVersions.class);
        RequiredInVersions required = find(annotated, RequiredInVersions.class);
        boolean isPresent = child != null && !(child instanceof Collection<?> c && c.isEmpty())
                && !(child instanceof Map<?, ?> m && m.isEmpty());
        if (present != null && isPresent && !inRange(version, present.value())) {
            problems.add(where + ": field " + path + " does not exist in API version " + version
                    + " (only " + present.value() + ")");
        }
        boolean mustBeThere = (json != null && json.required() && (present == null || inRange(version, present.value())))
                || (required != null && inRange(version, required.value()));
        if (mustBeThere && child == null) {
            problems.add(where + ": required field " + path + " is missing");
        }
        if (child == null) {
            return;
        }
        Minimum min = find(annotated, Minimum.class);
        if (min != null && child instanceof Number n && n.doubleValue() < min.value()) {
            problems.add(where + ": " + path + " = " + n + " is below the minimum " + min.value());
        }
        Maximum max = find(annotated, Maximum.class);
        if (max != null && child instanceof Number n && n.doubleValue() > max.value()) {
            problems.add(where + ": " + path + " = " + n + " is above the maximum " + max.value());
        }
        MinimumItems minItems = find(annotated, MinimumItems.class);
        if (minItems != null && child instanceof Collection<?> c && c.size() < minItems.value()) {
            problems.add(where + ": " + path + " has " + c.size() + " items, at least " + minItems.value() + " needed");
        }
        Pattern pattern = find(annotated, Pattern.class);
        if (pattern != null && child instanceof String s && !java.util.regex.Pattern.compile(pattern.value()).matcher(s).find()) {
            problems.add(where + ": " + path + " = '" + s + "' does not match " + pattern.value());
        }
    }

    private static <A extends Annotation> A find(List<AnnotatedElement> elements, Class<A> type) {
        for (AnnotatedElement element : elements) {
            A annotation = element.getAnnotation(type);
            if (annotation != null) {
                return annotation;
            }
        }
        return null;
    }

    /** Strimzi's version ranges: "v1beta2", "v1+", "v1alpha1-v1beta2", or several separated by commas. */
    static boolean inRange(String version, String ranges) {
        int v = API_VERSION_ORDER.indexOf(version);
        for (String range : ranges.split(",")) {
            String r = range.trim();
            if (r.endsWith("+")) {
                if (v >= API_VERSION_ORDER.indexOf(r.substring(0, r.length() - 1))) {
                    return true;
                }
            } else if (r.contains("-")) {
                String[] ends = r.split("-");
                if (v >= API_VERSION_ORDER.indexOf(ends[0]) && v <= API_VERSION_ORDER.indexOf(ends[1])) {
                    return true;
                }
            } else if (r.equals(version)) {
                return true;
            }
        }
        return false;
    }
}
