package org.homeward.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a setting Homeward cannot start with as its description and what to do, without a stack trace. */
class SettingFailureAnalyzer extends AbstractFailureAnalyzer<SettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingException cause) {
        return new FailureAnalysis(
                "Homeward cannot start with this setting. " + cause.getMessage(), cause.action(), cause);
    }
}
