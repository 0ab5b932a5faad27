package io.restwell.platform.defaults.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

class CallbacksAsWebhooksTest {

    @Test
    void eachCallbackBecomesAWebhookWithAnOperationIdAndLeavesTheRegisteringOperation() {
        Operation sent = OASFactory.createOperation().summary("A booking changed");
        PathItem delivery = OASFactory.createPathItem().POST(sent);
        Operation register = OASFactory.createOperation().operationId("createPartnerWebhook")
                .addCallback("bookingEvent", OASFactory.createCallback().addPathItem("{$request.body#/url}", delivery));
        Operation untouched = OASFactory.createOperation().operationId("listPartnerWebhooks");
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/partner/webhooks", OASFactory.createPathItem().POST(register).GET(untouched)));

        CallbacksAsWebhooks.apply(document);

        assertSame(delivery, document.getWebhooks().get("bookingEvent"));
        assertEquals("bookingEventWebhook", sent.getOperationId());
        assertNull(register.getCallbacks());
        assertEquals(1, document.getWebhooks().size());
    }

    @Test
    void aDocumentWithoutCallbacksGetsNoWebhooks() {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(OASFactory.createOperation().operationId("listThings"))));
        CallbacksAsWebhooks.apply(document);
        assertTrue(document.getWebhooks() == null || document.getWebhooks().isEmpty(), String.valueOf(document.getWebhooks()));
    }
}
