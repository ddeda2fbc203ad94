package press.masthead.media;

import java.util.List;
import java.util.stream.Collectors;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaUse;

/** A media file that cannot be deleted because articles or pages show it; names each of them. */
public final class MediaInUseException extends RuntimeException {
    private final transient List<MediaUse> uses;

    MediaInUseException(MediaItem item, List<MediaUse> uses) {
        super(describe(item) + " is used by " + uses.stream().map(MediaUse::toString).collect(Collectors.joining(", "))
                + "; remove it from " + (uses.size() == 1 ? "that " + uses.get(0).kind().label() : "them")
                + " first, then delete it.");
        this.uses = List.copyOf(uses);
    }

    /** The articles and pages that show the file, as featured image or in their body. */
    public List<MediaUse> uses() {
        return uses;
    }

    private static String describe(MediaItem item) {
        return item.filePath() == null ? item.url() : item.filePath();
    }
}
