package press.masthead.importer.wordpress;

/** How much an export wrote, for the command line to tell. */
public record ExportCounts(int authors, int categories, int tags, int articles, int pages, int media, int comments) {
    @Override
    public String toString() {
        return articles + " articles, " + pages + " pages, " + media + " media files, " + comments + " comments, "
                + authors + " authors, " + categories + " categories and " + tags + " tags";
    }
}
