package org.homeward.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How JSON bodies are read: no text may hold a control character, and no list may hold a null
 * element. Both are refused while the body is read, with the path of the field at fault, so that
 * they become a 400 naming the field rather than a failure deep in a service.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictTextAndLists() {
        SimpleModule module = new SimpleModule("homeward-text");
        module.addDeserializer(String.class, new CheckedTextDeserializer());
        // Only for properties declared as lists: stored JSON read into maps (histories, audit details) keeps its nulls.
        return builder -> builder.addModule(module)
                .withConfigOverride(
                        List.class, lists -> lists.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
    }

    /** Reads text as Jackson does, then refuses a control character in it. */
    static final class CheckedTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            if (text != null && ControlCharacters.refused(text)) {
                throw new ControlCharacterException(parser);
            }
            return text;
        }
    }

    /** A text value held a control character; Jackson adds the path of the field to it. */
    static final class ControlCharacterException extends MismatchedInputException {

        ControlCharacterException(JsonParser parser) {
            super(parser, "The text holds a control character", String.class);
        }
    }
}
