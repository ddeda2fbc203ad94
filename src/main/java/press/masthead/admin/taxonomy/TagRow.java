package press.masthead.admin.taxonomy;

import press.masthead.content.Tag;

/** A tag as the admin lists it, with its public path and how many articles carry it. */
record TagRow(Tag tag, String path, int articles) {
}
