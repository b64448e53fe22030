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
 */
@Component
class IsolatedTextDialect extends AbstractProcessorDialect {

    static final String PREFIX = "hw";

    IsolatedTextDialect() {
        super("Homeward isolated text", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new IsolatedTextProcessor(dialectPrefix));
    }

    /** Evaluates the expression and writes its text, escaped, as the element's only child: one bdi. */
    static final class IsolatedTextProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        IsolatedTextProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "text", 1300, true, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, Object value, IElementTagStructureHandler structure) {
            String text = value == null ? "" : value.toString();
            structure.setBody(text.isEmpty() ? "" : "<bdi>" + HtmlEscape.escapeHtml5Xml(text) + "</bdi>", false);
        }
    }
}
