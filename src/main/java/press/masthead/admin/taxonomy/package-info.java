/**
 * Tags and nested categories in the admin ({@code /admin/taxonomies}) and the Admin API's {@code /tags} and
 * {@code /categories}: create, rename, move, merge, delete with reassignment, and the tag autocomplete the editor
 * uses. Both go through {@link press.masthead.admin.taxonomy.TaxonomyAdmin}. Uses {@code admin}, {@code accounts}
 * and {@code content}.
 */
package press.masthead.admin.taxonomy;
