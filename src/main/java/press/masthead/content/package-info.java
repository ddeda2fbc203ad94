/**
 * The content model and its rules: articles, pages, authors, tags, categories and site settings, the store
 * interfaces the rules need, and the events fired after a change commits. Depends on nothing else of Masthead's.
 */
package press.masthead.content;
