/**
 * What the renderer produces and every output carries unchanged: the HTTP response, the page cache and the static
 * export. Depends on nothing else of Masthead's but `files`, which writes its files whole.
 */
package press.masthead.output;
