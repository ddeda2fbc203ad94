package press.masthead.app;

/** A setting with a value Masthead cannot use: says which setting, where the value came from, and what is expected. */
public final class SettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingException(String message) {
        super(message);
    }

    static SettingException invalid(Setting setting, SettingSource source, String value, String expected) {
        return new SettingException("Setting " + setting.key() + " = \"" + value + "\" (" + source.describe(setting)
                + ") is not valid: expected " + expected + ".");
    }
}
