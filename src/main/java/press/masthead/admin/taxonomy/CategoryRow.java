package press.masthead.admin.taxonomy;

import press.masthead.content.Category;

/** A category as the admin lists it: how deep in the tree, its public path and how many articles it files. */
record CategoryRow(Category category, int depth, String path, int articles) {
}
