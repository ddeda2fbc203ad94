package press.masthead.media;

/** A media key that could lead a storage outside itself or onto a name it keeps for itself; nothing was touched. */
public final class InvalidMediaKeyException extends IllegalArgumentException {
    private final String key;

    InvalidMediaKeyException(String key, String problem) {
        super("'" + key + "' cannot name a media file: " + problem + ". A media key is a relative path such as"
                + " 2026/05/quay.jpg, without '.' or '..' segments, backslashes, or names that start with a dot.");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
