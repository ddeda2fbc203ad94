package press.masthead.content;

/** Asks a store to keep a revision of what it saves, in the same transaction: of what kind and by whom. */
public record RevisionNote(RevisionKind kind, Long accountId, String accountName) {
}
