package io.restwell.recommendation.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * Readers that take a JSON value only in its own type. Jackson would read {@code "7"} or {@code 7.5} as the whole
 * number 7 and {@code "yes"}-like text or 1 as a boolean; a score a person gives must be exactly what they sent, so
 * anything else is a 400 naming the field (service-defaults' JSON problem mapper).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A JSON whole number only (no text, no fraction). */
    public static final class WholeNumber extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) context.handleUnexpectedToken(Integer.class, parser);
            }
            return parser.getIntValue();
        }
    }

    /** A JSON {@code true} or {@code false} only. */
    public static final class TrueOrFalse extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
            }
            return token == JsonToken.VALUE_TRUE;
        }
    }
}
