package io.restwell.platform.defaults.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Requests the platform sends to a partner's own server (webhooks) are written as {@code @Callback}s on the operation
 * that registers the server (MicroProfile OpenAPI has no annotation for webhooks); this moves each into the document's
 * OpenAPI 3.1 {@code webhooks} section under the callback's name, with an operationId ({@code <name>Webhook}) so a
 * generated receiver gets a method name, and takes it off the registering operation. Their body schemas are generated
 * from records like any other, so the receiver's types cannot drift from what is sent.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public final class CallbacksAsWebhooks implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        apply(openAPI);
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                Map<String, Callback> callbacks = operation.getCallbacks();
                if (callbacks == null || callbacks.isEmpty()) {
                    continue;
                }
                callbacks.forEach((name, callback) -> callback.getPathItems().values().forEach(webhook -> {
                    webhook.getOperations().values().forEach(sent -> sent.setOperationId(name + "Webhook"));
                    openAPI.addWebhook(name, webhook);
                }));
                operation.setCallbacks(null);
            }
        }
    }
}
