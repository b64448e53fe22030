package org.homeward.access;

import org.springframework.context.ApplicationContext;

/** Issues API tokens to harnesses outside access, through the token service that stays access's own. */
public final class ApiTokens {

    private ApiTokens() {}

    /** A new bearer token for the user, recorded in the audit trail like any other. */
    public static String issue(ApplicationContext application, String username) {
        return application.getBean(ApiTokenService.class).issue(username).token();
    }
}
