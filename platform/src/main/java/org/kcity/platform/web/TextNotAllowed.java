package org.kcity.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a character {@link AllowedText} refuses; Jackson adds the path of the field as it propagates. */
public class TextNotAllowed extends JsonMappingException {

    TextNotAllowed(JsonParser parser) {
        super(parser, "Text " + AllowedText.RULE);
    }
}
