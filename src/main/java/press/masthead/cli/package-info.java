/**
 * The command line (picocli): one class per subcommand, each resolving its settings and handing over to
 * {@code app.MastheadApp}. Errors a user can act on end in one line on standard error and a non-zero exit code.
 */
package press.masthead.cli;
