/**
 * Static pages in the admin: the list, the form, and the Admin API's {@code /pages} endpoints, both on
 * {@link press.masthead.admin.pages.PageAdmin}, which checks the role and keeps the audit log. Uses {@code admin},
 * {@code accounts} and {@code content}.
 */
package press.masthead.admin.pages;
