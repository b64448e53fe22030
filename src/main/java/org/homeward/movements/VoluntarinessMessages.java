package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.problems.ProblemKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds voluntariness refusals with their messages in the caller's language (English or Arabic). */
@Component
class VoluntarinessMessages {

    private final MessageSource messages;

    VoluntarinessMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message of a problem code, in the caller's language. */
    String text(ProblemCode code, Object... arguments) {
        return messages.getMessage(
                "voluntariness.problem." + code.name(), arguments, code.name(), LocaleContextHolder.getLocale());
    }

    FieldProblem field(String field, ProblemCode code, Object... arguments) {
        return new FieldProblem(field, code, text(code, arguments));
    }

    VoluntarinessException refused(ProblemKind kind, ProblemCode code, Object... arguments) {
        return new VoluntarinessException(kind, code, text(code, arguments), List.of());
    }

    /** A refusal of the fields at fault; its code is the first problem's (a refused place comes first). */
    VoluntarinessException invalid(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        return new VoluntarinessException(ProblemKind.INVALID, first.code(), first.message(), problems);
    }
}
