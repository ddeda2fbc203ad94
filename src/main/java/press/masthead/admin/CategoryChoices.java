package press.masthead.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import press.masthead.content.Category;

/** Categories in tree order, each with its depth, for a choice list that shows the nesting. */
final class CategoryChoices {
    record Choice(long id, String name, int depth, String label) {
    }

    private CategoryChoices() {
    }

    static List<Choice> of(List<Category> all) {
        List<Choice> ordered = new ArrayList<>();
        add(ordered, all, null, 0);
        return ordered;
    }

    private static void add(List<Choice> into, List<Category> all, Long parent, int depth) {
        all.stream()
                .filter(c -> parent == null ? c.parentId() == null : parent.equals(c.parentId()))
                .sorted(Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(c -> {
                    into.add(new Choice(c.id(), c.name(), depth, "— ".repeat(depth) + c.name()));
                    // A cycle cannot be stored (the rules refuse it), but a depth limit keeps a broken row harmless.
                    if (depth < 20) {
                        add(into, all, c.id(), depth + 1);
                    }
                });
    }
}
