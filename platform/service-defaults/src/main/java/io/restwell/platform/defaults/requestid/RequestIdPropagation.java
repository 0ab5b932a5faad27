package io.restwell.platform.defaults.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.jboss.logging.MDC;

/**
 * Passes the request id of the request being served (the logging MDC holds it) on to the services it calls,
 * so one id follows a person's action through every service's logs. Calls made outside a request
 * (after a Kafka event, say) carry none and the called service makes its own. Register it on a REST
 * client with {@code @RegisterProvider(RequestIdPropagation.class)}.
 */
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
