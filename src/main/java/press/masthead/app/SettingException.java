package press.masthead.app;

import press.masthead.store.Dialect;

/** A setting with a value Masthead cannot use: says which setting, where the value came from, and what is expected. */
public final class SettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingException(String message) {
        super(message);
    }

    static SettingException invalid(Setting setting, SettingSource source, String value, String expected) {
        // A database URL may carry a password, which a message must not repeat.
        String shown = setting == Setting.DATABASE_URL ? Dialect.shown(value) : value;
        return new SettingException("Setting " + setting.key() + " = \"" + shown + "\" (" + source.describe(setting)
                + ") is not valid: expected " + expected + ".");
    }
}
