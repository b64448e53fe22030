package org.homeward.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * The {@code hw:text} attribute of the page templates: like {@code th:text}, but the value is
 * written inside a {@code <bdi>} element. Every value a person typed (names, sites, reasons,
 * notes, centre names, usernames) is shown with it, so that a right-to-left override or an
 * Arabic name cannot reorder the text around it, whatever the page's direction.
 *
 * <p>The {@code hw:code} attribute writes a code the same way in every language (a reference, a
 * P-code, a phone number, a date) inside {@code <bdi class="code" dir="ltr">}: read left to
 * right inside an Arabic sentence, so that {@code +90 5…} does not become {@code 5…+}, and never
 * broken at its hyphens (the stylesheet keeps it on one line).
 */
@Component
class IsolatedTextDialect extends AbstractProcessorDialect {

    static final String PREFIX = "hw";

    IsolatedTextDialect() {
        super("Homeward isolated text", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new IsolatedTextProcessor(dialectPrefix), new CodeTextProcessor(dialectPrefix));
    }

    /** Evaluates the expression and writes its text, escaped, as the element's only child: one bdi. */
    static final class IsolatedTextProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        IsolatedTextProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "text", 1300, true, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                Object value,
                IElementTagStructureHandler structure) {
            String text = value == null ? "" : value.toString();
            structure.setBody(text.isEmpty() ? "" : "<bdi>" + HtmlEscape.escapeHtml5Xml(text) + "</bdi>", false);
        }
    }

    /** Evaluates the expression and writes it, escaped, as one left-to-right isolated code. */
    static final class CodeTextProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        CodeTextProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "code", 1300, true, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                Object value,
                IElementTagStructureHandler structure) {
            String text = value == null ? "" : value.toString();
            structure.setBody(
                    text.isEmpty()
                            ? ""
                            : "<bdi class=\"code\" dir=\"ltr\">" + HtmlEscape.escapeHtml5Xml(text) + "</bdi>",
                    false);
        }
    }
}
