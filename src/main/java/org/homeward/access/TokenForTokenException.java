package org.homeward.access;

import org.homeward.web.ProblemException;

/** Thrown when a client signed in with a bearer token asks for another token; only a password buys a token. */
class TokenForTokenException extends ProblemException {

    TokenForTokenException() {
        super("A bearer token cannot issue another token; sign in with your password (HTTP Basic) to get one");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String code() {
        return "TOKEN_CANNOT_ISSUE_TOKEN";
    }
}
