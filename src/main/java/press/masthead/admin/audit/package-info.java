/**
 * The audit log in the admin ({@code /admin/audit}) and the Admin API's {@code /audit}: who did what, newest first,
 * a page at a time, for roles with {@code VIEW_AUDIT_LOG}. Uses {@code admin} and {@code accounts}.
 */
package press.masthead.admin.audit;
