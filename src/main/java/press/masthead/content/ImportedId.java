package press.masthead.content;

/**
 * Where one piece of imported content came from: in which {@code source} (an export of one site), as which
 * {@code kind} ("article", "category" ...), under which id, GUID and old path, and which of our records it became.
 */
public record ImportedId(String source, String kind, String sourceId, String sourceGuid, String sourcePath,
                         long targetId) {
}
