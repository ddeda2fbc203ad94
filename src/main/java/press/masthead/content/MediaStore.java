package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where media records are kept; the files themselves are in {@code media.MediaLibrary}. */
public interface MediaStore {
    Optional<MediaItem> findById(long id);

    long insert(MediaItem item);

    void update(MediaItem item);

    /** Media records with an id above {@code afterId}, by id: the whole library a batch at a time. */
    List<MediaItem> allAfter(long afterId, int limit);
}
