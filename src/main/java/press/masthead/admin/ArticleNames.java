package press.masthead.admin;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import press.masthead.content.Author;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.content.TaxonomyStore;

/** Names for the ids a revision keeps; one deleted since shows as its id. */
public final class ArticleNames implements ArticleDiff.Names {
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;

    public ArticleNames(AuthorStore authors, TaxonomyStore taxonomy) {
        this.authors = authors;
        this.taxonomy = taxonomy;
    }

    @Override
    public String authors(List<Long> ids) {
        return join(ids, id -> authors.findById(id).map(Author::name).orElse(null));
    }

    @Override
    public String categories(List<Long> ids) {
        return join(ids, id -> taxonomy.findCategory(id).map(Category::name).orElse(null));
    }

    @Override
    public String tags(List<Long> ids) {
        return join(ids, id -> taxonomy.findTag(id).map(Tag::name).orElse(null));
    }

    private static String join(List<Long> ids, LongFunction<String> name) {
        return ids.stream().map(id -> {
            String found = name.apply(id);
            return found == null ? "#" + id : found;
        }).collect(Collectors.joining(", "));
    }
}
