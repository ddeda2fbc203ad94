package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import press.masthead.content.Category;
import press.masthead.content.ImportedId;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Slugs;
import press.masthead.content.Tag;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.site.Permalinks;

/**
 * Imports categories with their tree and tags, known by their WordPress slug. A term that a site already has
 * under the same slug is the same term; a term an item files under without the export declaring it is made from
 * the item's mention. A child declared before its parent is put under it once the parent is in.
 */
final class TermImporter {
    private final ImportRun run;
    private final Map<String, Long> categories = new HashMap<>();
    private final Map<String, String> categoryParents = new HashMap<>();
    private final Map<String, String> categoryTermIds = new HashMap<>();
    private final Map<String, Long> tags = new HashMap<>();
    private final Map<Long, Integer> waitingForParent = new HashMap<>();
    /** Terms this import already saved: a second spelling of the same slug is the same term, not another save. */
    private final Set<Long> savedCategories = new HashSet<>();
    private final Set<Long> savedTags = new HashSet<>();

    TermImporter(ImportRun run) {
        this.run = run;
    }

    void add(WxrTerm term) {
        String label = term.taxonomy() + " " + (term.slug().isEmpty() ? term.name() : term.slug());
        if (term.slug().isEmpty() && term.name().isEmpty()) {
            run.report.problem(term.line(), label, "no slug and no name; skipped");
            run.report.countSkipped(term.taxonomy().equals(WxrTerm.TAG) ? Kind.TAGS : Kind.CATEGORIES);
            return;
        }
        String slug = term.slug().isEmpty() ? Slugs.from(term.name(), "term") : term.slug();
        String name = term.name().isEmpty() ? PostNames.decode(slug) : term.name();
        if (term.taxonomy().equals(WxrTerm.CATEGORY)) {
            if (categories.containsKey(slug)) {
                declaredAgain(term, slug, label);
                return;
            }
            saveCategory(slug, name, term.description(), term.parentSlug(), term.termId(), term.line());
        } else if (term.taxonomy().equals(WxrTerm.TAG)) {
            if (tags.containsKey(slug)) {
                declaredAgain(term, slug, label);
                return;
            }
            saveTag(slug, name, term.description(), term.termId());
        } else {
            run.report.repeatedProblem("taxonomy " + term.taxonomy(), term.line(), "terms of the taxonomy '"
                    + term.taxonomy() + "' are not imported: Masthead has categories and tags");
        }
    }

    /** Exports often declare a term twice (as wp:category and as wp:term); only a second, different one is news. */
    private void declaredAgain(WxrTerm term, String slug, String label) {
        Optional<String> firstName = term.taxonomy().equals(WxrTerm.CATEGORY)
                ? run.site.taxonomyStore().findCategory(categories.get(slug)).map(Category::name)
                : run.site.taxonomyStore().findTag(tags.get(slug)).map(Tag::name);
        if (!term.name().isEmpty() && !firstName.orElse(term.name()).equals(term.name())) {
            run.report.problem(term.line(), label, "declared again as '" + term.name() + "'; the first one is kept");
        }
    }

    /** The category an item names, made from the mention when the export does not declare it. */
    long categoryFor(WxrItem.TermRef ref, int line) {
        Long id = categories.get(ref.slug());
        String name = ref.name().isEmpty() ? ref.slug() : ref.name();
        return id != null ? id : saveCategory(ref.slug(), name, "", "", "", line);
    }

    long tagFor(WxrItem.TermRef ref) {
        Long id = tags.get(ref.slug());
        return id != null ? id : saveTag(ref.slug(), ref.name().isEmpty() ? ref.slug() : ref.name(), "", "");
    }

    private long saveCategory(String slug, String name, String description, String parentSlug, String termId,
                              int line) {
        Long parentId = parentSlug.isEmpty() ? null : categories.get(parentSlug);
        Optional<Category> existing = existingCategory(slug);
        if (existing.isPresent() && savedCategories.contains(existing.get().id())) {
            categories.put(slug, existing.get().id());
            return existing.get().id();
        }
        long id;
        try {
            if (existing.isPresent()) {
                Category category = existing.get();
                boolean changed = !category.name().equals(name) || !category.description().equals(description)
                        || (parentId != null && !parentId.equals(category.parentId()));
                if (changed) {
                    run.site.taxonomies().updateCategory(category.id(), name, description,
                            parentId != null ? parentId : category.parentId());
                }
                id = category.id();
            } else {
                id = run.site.taxonomies().createCategory(name, Slugs.from(PostNames.decode(slug), "category"),
                        description, parentId).id();
            }
        } catch (InvalidContentException e) {
            run.report.problem(line, "category " + slug, e.getMessage() + "; left as it was");
            id = existing.map(Category::id).orElseThrow(() -> e);
        }
        run.report.countSaved(Kind.CATEGORIES, existing.isEmpty());
        savedCategories.add(id);
        categories.put(slug, id);
        categoryParents.put(slug, parentSlug);
        categoryTermIds.put(slug, termId);
        if (!parentSlug.isEmpty() && parentId == null) {
            waitingForParent.put(id, line);
        }
        rememberCategory(slug);
        return id;
    }

    /** The category made for this slug before, else the site's own category with the slug Masthead would give it. */
    private Optional<Category> existingCategory(String slug) {
        return run.find(SourceKind.CATEGORY, slug, "")
                .flatMap(id -> run.site.taxonomyStore().findCategory(id.targetId()))
                .or(() -> run.site.taxonomyStore().findCategoryBySlug(Slugs.from(PostNames.decode(slug), "category")));
    }

    private void rememberCategory(String slug) {
        long id = categories.get(slug);
        String oldPath = Permalinks.pathOf(oldCategoryPath(slug), true);
        run.remember(SourceKind.CATEGORY, slug, "", oldPath, id);
        String termId = categoryTermIds.getOrDefault(slug, "");
        run.newUrls.of(SourceKind.CATEGORY, id).ifPresent(path -> run.redirects.from(path, oldPath,
                termId.isEmpty() ? "" : "/?cat=" + termId));
    }

    /** The old archive path, {@code category/parent/child}, from the WordPress slugs up the tree. */
    private List<String> oldCategoryPath(String slug) {
        List<String> segments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String current = slug; current != null && !current.isEmpty() && seen.add(current);
             current = categoryParents.get(current)) {
            segments.add(0, PostNames.decode(current));
        }
        segments.add(0, "category");
        return segments;
    }

    private long saveTag(String slug, String name, String description, String termId) {
        Optional<Tag> existing = run.find(SourceKind.TAG, slug, "")
                .flatMap(id -> run.site.taxonomyStore().findTag(id.targetId()))
                .or(() -> run.site.taxonomyStore().findTagBySlug(Slugs.from(PostNames.decode(slug), "tag")));
        if (existing.isPresent() && savedTags.contains(existing.get().id())) {
            tags.put(slug, existing.get().id());
            return existing.get().id();
        }
        long id;
        if (existing.isPresent()) {
            Tag tag = existing.get();
            if (!tag.name().equals(name) || !tag.description().equals(description)) {
                run.site.taxonomies().updateTag(tag.id(), name, description);
            }
            id = tag.id();
        } else {
            id = run.site.taxonomies().createTag(name, Slugs.from(PostNames.decode(slug), "tag"), description).id();
        }
        run.report.countSaved(Kind.TAGS, existing.isEmpty());
        savedTags.add(id);
        tags.put(slug, id);
        String oldPath = Permalinks.pathOf(List.of("tag", PostNames.decode(slug)), true);
        run.remember(SourceKind.TAG, slug, "", oldPath, id);
        run.newUrls.of(SourceKind.TAG, id).ifPresent(path -> run.redirects.from(path, oldPath, "/?tag=" + slug));
        return id;
    }

    /** Puts children declared before their parents under them, now that every category is in. */
    void finish() {
        for (Map.Entry<Long, Integer> waiting : waitingForParent.entrySet()) {
            String slug = categories.entrySet().stream().filter(e -> e.getValue().equals(waiting.getKey()))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            String parentSlug = categoryParents.get(slug);
            Long parentId = categories.get(parentSlug);
            if (parentId == null || Objects.equals(parentId, waiting.getKey())) {
                run.report.problem(waiting.getValue(), "category " + slug, "its parent '" + parentSlug
                        + "' is not in the file; it is a top-level category");
                continue;
            }
            Category category = run.site.taxonomyStore().findCategory(waiting.getKey()).orElseThrow();
            try {
                run.site.taxonomies().updateCategory(category.id(), category.name(), category.description(), parentId);
                rememberCategory(slug);
            } catch (InvalidContentException e) {
                run.report.problem(waiting.getValue(), "category " + slug,
                        e.getMessage() + "; it is a top-level category");
            }
        }
    }
}
