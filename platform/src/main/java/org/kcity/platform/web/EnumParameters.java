package org.kcity.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/**
 * Query parameters typed as an enum (a track, a status): a value that names no constant is a 400 naming the
 * parameter and the values it takes, where JAX-RS would answer a bare 404. Typing them keeps the allowed values in
 * the OpenAPI document.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        return name == null ? null : (ParamConverter<T>) new EnumConverter(rawType, name);
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String parameter) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException unknown) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw ApiProblem.invalid(List.of(Problem.Violation.ofField(parameter, "must be one of " + allowed)));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
