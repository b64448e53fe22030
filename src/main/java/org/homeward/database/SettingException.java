package org.homeward.database;

/**
 * A setting from the environment that Homeward cannot start with: which one, what is wrong with it, and
 * what to set instead. Start-up reports it in those words ({@link SettingFailureAnalyzer}), not as a
 * stack trace.
 */
public class SettingException extends IllegalArgumentException {

    private final String setting;
    private final String action;

    public SettingException(String setting, String problem, String action) {
        super(setting + ": " + problem);
        this.setting = setting;
        this.action = action;
    }

    /** The environment variable at fault. */
    public String setting() {
        return setting;
    }

    /** What to set instead. */
    public String action() {
        return action;
    }
}
