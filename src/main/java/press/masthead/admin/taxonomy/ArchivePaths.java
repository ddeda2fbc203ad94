package press.masthead.admin.taxonomy;

import java.util.Map;
import press.masthead.content.Category;
import press.masthead.content.Tag;

/** Where a tag's or category's archive is on the public site; the site's URL contract answers. */
public interface ArchivePaths {
    String tag(Tag tag);

    String category(Category category, Map<Long, Category> categoriesById);
}
