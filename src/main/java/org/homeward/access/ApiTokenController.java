package org.homeward.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gives a client that proved its password (HTTP Basic, or a signed-in page session) a bearer token
 * for its following calls. A token never buys another token: a stolen token dies with its lifetime.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for API clients")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Issue a bearer token (sign in with HTTP Basic, not with a token); send it as 'Authorization: Bearer TOKEN'")
    ApiTokenService.IssuedToken issue(Authentication authentication) {
        if (authentication instanceof BearerTokenAuthentication) {
            throw new TokenForTokenException();
        }
        return tokens.issue(authentication.getName());
    }
}
