/**
 * The view records handed to themes: plain values with URLs already built and times already formatted, so a
 * template never reaches a service or the database. Built by {@code site.SiteModels}.
 */
package press.masthead.site.model;
