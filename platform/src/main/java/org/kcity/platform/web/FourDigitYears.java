package org.kcity.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and times are read as Jackson reads them, then refused unless their year has the four digits RFC 3339
 * writes (0000 to 9999): Java parses {@code +300000-01-01T00:00:00Z}, PostgreSQL refuses to store it.
 */
final class FourDigitYears extends BeanDeserializerModifier {

    private static final int LAST_YEAR = 9999;

    static SimpleModule module() {
        return new SimpleModule("kcity-four-digit-years").setDeserializerModifier(new FourDigitYears());
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            TemporalAccessor temporal = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC)
                    : (TemporalAccessor) value;
            if (temporal != null && temporal.isSupported(ChronoField.YEAR)) {
                int year = temporal.get(ChronoField.YEAR);
                if (year < 0 || year > LAST_YEAR) {
                    throw InvalidFormatException.from(parser, "The year must have four digits (0000 to 9999)", value,
                            handledType());
                }
            }
            return value;
        }
    }
}
