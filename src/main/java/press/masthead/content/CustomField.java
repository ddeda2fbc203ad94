package press.masthead.content;

/**
 * A named value kept with an article that Masthead itself does not use, such as a custom field from WordPress: kept
 * so that nothing is lost in a move and an export can give it back.
 */
public record CustomField(String name, String value) {
}
