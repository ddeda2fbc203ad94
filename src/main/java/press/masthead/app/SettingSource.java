package press.masthead.app;

/** Where a setting's value came from, in the order they win. */
enum SettingSource {
    FLAG, ENVIRONMENT, PROPERTIES_FILE, DEFAULT;

    String describe(Setting setting) {
        return switch (this) {
            case FLAG -> "from the flag " + setting.flag();
            case ENVIRONMENT -> "from the environment variable " + setting.environmentVariable();
            case PROPERTIES_FILE -> "from masthead.properties";
            case DEFAULT -> "the default";
        };
    }
}
