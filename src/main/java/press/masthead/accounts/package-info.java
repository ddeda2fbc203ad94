/**
 * The newsroom's people and what they may do: accounts with roles, the permission table (and
 * {@link press.masthead.accounts.ArticleAccess}, which applies it to one article), passwords, sessions, login
 * throttling, two-factor codes, API tokens, signed preview links, the one-time setup link and the audit log. It
 * uses only {@code content} and the stores that implement its interfaces; the web layer asks it, never the other
 * way round.
 */
package press.masthead.accounts;
