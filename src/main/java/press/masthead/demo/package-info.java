/**
 * The demo site that {@code serve --demo} puts into an empty site: our own writing about a fictional city
 * newsroom, shipped in the jar. Uses app and content.
 */
package press.masthead.demo;
