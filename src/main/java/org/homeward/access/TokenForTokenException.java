package org.homeward.access;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a client signed in with a bearer token asks for another token; only a password buys a token. */
class TokenForTokenException extends ProblemException {

    TokenForTokenException() {
        super("A bearer token cannot issue another token; sign in with your password (HTTP Basic) to get one");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_ALLOWED;
    }

    @Override
    public ProblemCode code() {
        return AccessProblemCode.TOKEN_CANNOT_ISSUE_TOKEN;
    }
}
