package io.restwell.recommendation.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.jboss.logging.MDC;

import io.restwell.recommendation.rest.RequestIds;

/**
 * Passes the request id of the request being served (the logging MDC holds it) on to booking-service,
 * so one id follows a person's action through both services' logs. Calls made outside a request
 * (filling slots after a Kafka event) carry none and booking-service makes its own.
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
