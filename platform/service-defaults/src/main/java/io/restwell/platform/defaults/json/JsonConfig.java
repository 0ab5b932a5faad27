package io.restwell.platform.defaults.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Keeps the offset people send (23:00+01:00 stays 23:00+01:00); Jackson would move it to UTC.
 * Refuses text PostgreSQL cannot store.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** What a text field holding U+0000 answers: PostgreSQL's text cannot store it. */
    public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.registerModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul()));
    }

    /** Refuses U+0000 while reading, naming the field, instead of a failed INSERT and a 500. */
    public static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, NUL_REFUSED, text, String.class);
            }
            return text;
        }
    }
}
