/**
 * Author profiles (the name, bio, portrait and links bylines lead to) in the admin ({@code /admin/authors}) and the
 * Admin API's {@code /authors}: an admin edits anyone's, everyone else their own, through
 * {@link press.masthead.admin.authors.AuthorAdmin}. Uses {@code admin}, {@code accounts} and {@code content}.
 */
package press.masthead.admin.authors;
