package press.masthead.importer.wordpress;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.content.Author;
import press.masthead.content.ImportedId;
import press.masthead.content.Slugs;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.site.Permalinks;

/**
 * Imports WordPress users as author profiles, known by login. Items may name a login the export does not declare
 * (a deleted user) or none at all; those get a profile of their own, and the report says so.
 */
final class AuthorImporter {
    private final ImportRun run;
    private final Map<String, Long> byLogin = new HashMap<>();

    AuthorImporter(ImportRun run) {
        this.run = run;
    }

    void add(WxrAuthor author) {
        if (author.login().isEmpty()) {
            run.report.problem(author.line(), "author", "no wp:author_login; skipped");
            run.report.countSkipped(Kind.AUTHORS);
            return;
        }
        if (byLogin.containsKey(author.login())) {
            run.report.problem(author.line(), "author " + author.login(), "declared twice; the first one is kept");
            run.report.countSkipped(Kind.AUTHORS);
            return;
        }
        long id = save(author.login(), author.name());
        if (!author.id().isEmpty()) {
            run.newUrls.of(SourceKind.AUTHOR, id).ifPresent(path -> run.redirects.from(path, "/?author=" + author.id()));
        }
    }

    /** The author ids of an item's byline: its creator, then any co-authors, each once. */
    List<Long> bylineOf(WxrItem item) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (!item.creator().isEmpty()) {
            ids.add(idOf(item.creator(), item.creator(), item));
        }
        for (WxrItem.TermRef term : item.terms()) {
            if ("author".equals(term.domain())) {
                String login = byLogin.containsKey(term.slug()) || !term.slug().startsWith("cap-") ? term.slug()
                        : term.slug().substring("cap-".length());
                ids.add(idOf(login, term.name().isEmpty() ? login : term.name(), item));
            }
        }
        if (ids.isEmpty()) {
            String name = run.survey.channel().title().isBlank() ? "Staff" : run.survey.channel().title().strip();
            run.report.problem(item.line(), item.label(), "no author; the byline is '" + name + "'");
            ids.add(byLogin.containsKey("") ? byLogin.get("") : save("", name));
        }
        return List.copyOf(ids);
    }

    private long idOf(String login, String name, WxrItem item) {
        Long known = byLogin.get(login);
        if (known != null) {
            return known;
        }
        run.report.problem(item.line(), item.label(), "the author '" + login
                + "' is not among the export's authors; a profile named '" + name + "' was made");
        return save(login, name);
    }

    private long save(String login, String name) {
        Optional<ImportedId> earlier = run.find(SourceKind.AUTHOR, login, "");
        Optional<Author> existing = earlier.flatMap(id -> run.site.authorStore().findById(id.targetId()));
        long id;
        if (existing.isPresent()) {
            Author author = existing.get();
            if (!author.name().equals(name)) {
                run.site.authors().update(author.id(), name, author.bio(), author.avatarUrl(), author.links());
            }
            id = author.id();
        } else {
            id = run.site.authors().create(name, "", "", List.of()).id();
        }
        run.report.countSaved(Kind.AUTHORS, existing.isEmpty());
        String oldPath = Permalinks.pathOf(List.of("author", Slugs.from(login, "author")), true);
        run.remember(SourceKind.AUTHOR, login, "", login.isEmpty() ? "" : oldPath, id);
        if (!login.isEmpty()) {
            run.newUrls.of(SourceKind.AUTHOR, id).ifPresent(path -> run.redirects.from(path, oldPath));
        }
        byLogin.put(login, id);
        return id;
    }
}
