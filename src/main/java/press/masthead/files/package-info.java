/**
 * Files written whole or not at all, for every writer of a file that others read: the static export, the media
 * folder, backups, WordPress exports, the SQLite driver's library. Depends on nothing else of Masthead's.
 */
package press.masthead.files;
