package press.masthead.importer.wordpress;

/** Hands what converting an item's content found to the report, against the item and its line. */
final class ItemProblems {
    private ItemProblems() {
    }

    static void report(ImportReport report, WxrItem item, ConversionNotes notes) {
        for (String problem : notes.problems()) {
            report.problem(item.line(), item.label(), problem);
        }
        for (String name : notes.unknownShortcodes()) {
            report.repeatedProblem("shortcode " + name, item.line(), "the shortcode [" + name
                    + "] is kept as text: a WordPress theme or plugin drew it, and Masthead has nothing to draw it with");
        }
    }
}
