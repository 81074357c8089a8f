package org.kcity.platform.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every service reads JSON, in request bodies and in events: a string with a disallowed character
 * ({@link AllowedText}), a date whose year has more than four digits ({@link FourDigitYears}), a fraction where a
 * whole number belongs (1.5 is never silently 1) and anything after the document are refused, each a 400 problem.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(AllowedTextDeserializers.module());
        mapper.registerModule(FourDigitYears.module());
    }
}
