package press.masthead.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where media records are kept; the files themselves are in {@code media.MediaStorage}. */
public interface MediaStore {
    Optional<MediaItem> findById(long id);

    /** The records of files at these URLs, with their variants, in one query; URLs no record has are left out. */
    List<MediaItem> findByUrls(Collection<String> urls);

    /** Inserts a record with its variants and returns its id. */
    long insert(MediaItem item);

    /** Updates a record's own fields; its variants stay as they were made. */
    void update(MediaItem item);

    /** Media records with an id above {@code afterId}, by id: the whole library a batch at a time. */
    List<MediaItem> allAfter(long afterId, int limit);

    /**
     * A page of the library, newest first, of records whose title, alt text, caption or file name contain
     * {@code text} (every record when it is blank).
     */
    List<MediaItem> search(String text, int offset, int limit);

    int count(String text);

    /**
     * Deletes the record and its variants unless an article or page shows the file or a variant, as featured image or
     * in its body, checked in the same transaction; returns those that do (nothing was deleted then), or an empty
     * list once the record is gone.
     */
    List<MediaUse> deleteUnlessUsed(MediaItem item);
}
