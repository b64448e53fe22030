package org.homeward.access;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every sign-in through the login page, and every failed attempt, to the audit trail. */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        audit.record(
                AuditEntry.of(
                        AccessAuditAction.LOGIN,
                        "user",
                        event.getAuthentication().getName()),
                event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        // The attempted name may be a mistyped password: keep it short and never log it elsewhere.
        String name = attempted.length() > 64 ? attempted.substring(0, 64) : attempted;
        audit.record(
                new AuditEntry(
                        AccessAuditAction.LOGIN_FAILED,
                        "user",
                        name,
                        null,
                        Map.of("reason", event.getException().getClass().getSimpleName())),
                name);
    }
}
