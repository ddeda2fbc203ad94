package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.content.Comment;
import press.masthead.content.ImportedId;
import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * Imports an item's comments with their threads: a reply is saved after the comment it answers, so that it can
 * point at it; a reply to a comment the export does not hold stands on its own.
 */
final class CommentImporter {
    private final ImportRun run;

    CommentImporter(ImportRun run) {
        this.run = run;
    }

    /** Saves the item's comments under the article or the page it became (the other id is null). */
    void add(WxrItem item, Long articleId, Long pageId) {
        Map<String, Long> savedIds = new HashMap<>();
        List<WxrComment> waiting = new ArrayList<>(item.comments());
        while (!waiting.isEmpty()) {
            List<WxrComment> ready = waiting.stream().filter(c -> isTopLevel(c) || savedIds.containsKey(c.parentId())
                    || item.comments().stream().noneMatch(other -> other.id().equals(c.parentId()))).toList();
            // A cycle of replies cannot be ordered; its comments are saved as they come.
            List<WxrComment> batch = ready.isEmpty() ? List.copyOf(waiting) : ready;
            for (WxrComment comment : batch) {
                savedIds.put(comment.id(), save(item, comment, articleId, pageId, savedIds));
            }
            waiting.removeAll(batch);
        }
    }

    private long save(WxrItem item, WxrComment comment, Long articleId, Long pageId, Map<String, Long> savedIds) {
        String key = item.postId() + "/" + comment.id();
        Long parentId = isTopLevel(comment) ? null : savedIds.get(comment.parentId());
        if (!isTopLevel(comment) && parentId == null) {
            run.report.problem(comment.line(), "comment " + comment.id() + " on " + item.label(), "it answers comment "
                    + comment.parentId() + ", which is not in the file; kept as a comment of its own");
        }
        Optional<ImportedId> earlier = run.find(SourceKind.COMMENT, key, "");
        Comment record = new Comment(earlier.map(ImportedId::targetId).orElse(0L), articleId, pageId, parentId,
                comment.author(), comment.authorEmail(), comment.authorUrl(), comment.authorIp(), comment.content(),
                status(comment.approved()), comment.type().isEmpty() ? "comment" : comment.type(),
                ItemDates.of(comment, run.usualOffset()).or(() -> ItemDates.published(item, run.usualOffset()))
                        .orElse(run.started));
        long id;
        if (earlier.isPresent()) {
            run.site.comments().update(record);
            id = record.id();
        } else {
            id = run.site.comments().insert(record);
        }
        run.remember(SourceKind.COMMENT, key, "", "", id);
        run.report.countSaved(Kind.COMMENTS, earlier.isEmpty());
        return id;
    }

    private static boolean isTopLevel(WxrComment comment) {
        return comment.parentId().isEmpty() || comment.parentId().equals("0");
    }

    private static Comment.Status status(String approved) {
        return switch (approved) {
            case "1", "approve", "approved" -> Comment.Status.APPROVED;
            case "spam" -> Comment.Status.SPAM;
            case "trash", "post-trashed" -> Comment.Status.TRASH;
            default -> Comment.Status.PENDING;
        };
    }
}
