/**
 * HTTP on Javalin and Jetty: the server, the {@link press.masthead.web.Routes} interface each feature implements,
 * conditional responses, error answers, security headers and static files. Knows no content.
 */
package press.masthead.web;
