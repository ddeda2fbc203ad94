package press.masthead.admin.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;
import press.masthead.content.Article;
import press.masthead.content.Correction;
import press.masthead.content.CorrectionKind;
import press.masthead.content.Corrections;

/**
 * Notes on published articles for the API and the form alike: listing needs and adding or amending needs
 * {@link Permission#MANAGE_CORRECTIONS}; every note added or amended goes to the audit log.
 */
public final class CorrectionAdmin {
    static final int PAGE_SIZE = 20;

    private final Corrections corrections;
    private final AuditLog audit;
    private final Function<Article, String> publicUrl;

    /** @param publicUrl the absolute address of an article on the public site */
    public CorrectionAdmin(Corrections corrections, AuditLog audit, Function<Article, String> publicUrl) {
        this.corrections = corrections;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    /** A page of the list: notes, newest first, with their history. */
    record NotePage(List<NoteView> notes, int page, int pageCount, int total) {
    }

    NotePage recent(Principal who, int page) {
        who.require(Permission.MANAGE_CORRECTIONS);
        int total = corrections.countRecent();
        int pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pageCount) {
            throw new AdminException.NotFound("There is no page " + page + " of corrections; there "
                    + (pageCount == 1 ? "is 1 page." : "are " + pageCount + " pages."));
        }
        List<Correction> notes = corrections.recent((page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new NotePage(views(notes), page, pageCount, total);
    }

    NoteView add(Principal who, String article, String kind, String text, String ip) {
        who.require(Permission.MANAGE_CORRECTIONS);
        Article target = corrections.article(article);
        Correction note = corrections.add(target.id(), CorrectionKind.fromCode(kind), text);
        audit.record(who.account(), "correction.added", target.headline(), note.kind().code() + ": " + note.text(), ip);
        return view(note);
    }

    NoteView amend(Principal who, long id, String text, String ip) {
        who.require(Permission.MANAGE_CORRECTIONS);
        Correction earlier = corrections.find(id)
                .orElseThrow(() -> new AdminException.NotFound("There is no note with id " + id + "."));
        Correction note = corrections.amend(earlier.id(), text);
        audit.record(who.account(), "correction.amended", corrections.article(Long.toString(note.articleId())).headline(),
                "note " + earlier.id() + " now reads: " + note.text(), ip);
        return view(note);
    }

    private NoteView view(Correction note) {
        return views(List.of(note)).get(0);
    }

    /** Each note with its article and its chain of earlier wordings, read in one query for the whole list. */
    private List<NoteView> views(List<Correction> notes) {
        List<Long> articleIds = notes.stream().map(Correction::articleId).distinct().toList();
        Map<Long, Correction> byId = corrections.historyOf(articleIds).stream()
                .collect(Collectors.toMap(Correction::id, Function.identity()));
        Map<Long, Article> articles = new HashMap<>();
        List<NoteView> views = new ArrayList<>(notes.size());
        for (Correction note : notes) {
            Article article = articles.computeIfAbsent(note.articleId(),
                    id -> corrections.article(Long.toString(id)));
            List<NoteView.Wording> earlier = new ArrayList<>();
            Correction current = note;
            while (current.replaces() != null && byId.containsKey(current.replaces())) {
                current = byId.get(current.replaces());
                earlier.add(new NoteView.Wording(current.id(), current.text(), current.createdAt()));
            }
            views.add(new NoteView(note.id(), article.id(), article.headline(), publicUrl.apply(article),
                    note.kind().code(), note.kind().label(), note.text(), note.createdAt(), earlier));
        }
        return views;
    }
}
