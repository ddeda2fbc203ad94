/**
 * Turns the Markdown source of articles and pages into sanitized HTML and plain text, as {@code content.BodyRenderer}
 * asks. Uses commonmark-java, jsoup and the OWASP HTML sanitizer, and of Masthead's own code only {@code content}.
 */
package press.masthead.markup;
