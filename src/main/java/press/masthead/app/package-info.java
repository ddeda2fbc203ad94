/**
 * The composition root: {@link press.masthead.app.MastheadApp} builds every part from constructor arguments, and
 * {@link press.masthead.app.Settings} resolves the runtime settings. May use every package.
 */
package press.masthead.app;
