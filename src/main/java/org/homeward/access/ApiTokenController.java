package org.homeward.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Gives a client that signed in with HTTP Basic a bearer token for its following calls. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for API clients")
class ApiTokenController {

    private final ApiTokenService tokens;
    private final AuditTrail audit;

    ApiTokenController(ApiTokenService tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a bearer token (sign in with HTTP Basic); send it as 'Authorization: Bearer TOKEN'")
    ApiTokenService.IssuedToken issue(Principal principal) {
        audit.record(AuditEntry.of("TOKEN_ISSUED", "user", principal.getName()));
        return tokens.issue(principal.getName());
    }
}
