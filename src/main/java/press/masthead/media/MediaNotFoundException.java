package press.masthead.media;

/** A media id that names no record in the library (it may have been deleted meanwhile). */
public final class MediaNotFoundException extends RuntimeException {
    private final long id;

    MediaNotFoundException(long id) {
        super("There is no media file #" + id + " in the library; it may have been deleted.");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
