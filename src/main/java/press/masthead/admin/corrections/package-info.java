/**
 * Corrections, clarifications and updates on published articles in the admin ({@code /admin/corrections}) and the
 * Admin API's {@code /corrections}: the recent notes with every earlier wording, adding and amending, through
 * {@link press.masthead.admin.corrections.CorrectionAdmin}. Uses {@code admin}, {@code accounts} and
 * {@code content}.
 */
package press.masthead.admin.corrections;
