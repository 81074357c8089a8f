package org.kcity.platform.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** Reads every JSON string, value or map key, as Jackson does, then refuses it unless {@link AllowedText} allows it. */
final class AllowedTextDeserializers {

    private AllowedTextDeserializers() {
    }

    static SimpleModule module() {
        return new SimpleModule("kcity-allowed-text")
                .addDeserializer(String.class, new Values())
                .addKeyDeserializer(String.class, new Keys());
    }

    static final class Values extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(super.deserialize(parser, context), parser);
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context.getParser());
        }
    }

    private static String checked(String text, JsonParser parser) throws TextNotAllowed {
        if (text != null && !AllowedText.isAllowed(text)) {
            throw new TextNotAllowed(parser);
        }
        return text;
    }
}
