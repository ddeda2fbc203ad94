/**
 * The newsroom's accounts in the admin ({@code /admin/users}) and the Admin API's {@code /users}: admins list,
 * create, re-role, reset and delete accounts through {@link press.masthead.admin.users.UserAdmin}, which keeps the
 * last admin and writes the audit log. Uses {@code admin}, {@code accounts}.
 */
package press.masthead.admin.users;
