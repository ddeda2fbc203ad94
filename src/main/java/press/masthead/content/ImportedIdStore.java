package press.masthead.content;

import java.util.Optional;

/** Remembers what imports created, so that importing the same export again updates instead of duplicating. */
public interface ImportedIdStore {
    /** The record imported from this source, kind, id and GUID, if one was. */
    Optional<ImportedId> find(String source, String kind, String sourceId, String sourceGuid);

    /** The record of any kind that lived at {@code sourcePath} on the old site, if one was imported. */
    Optional<ImportedId> findByPath(String source, String sourcePath);

    /** The record of this kind imported under {@code sourceId} with any GUID. */
    Optional<ImportedId> findById(String source, String kind, String sourceId);

    void put(ImportedId id);
}
