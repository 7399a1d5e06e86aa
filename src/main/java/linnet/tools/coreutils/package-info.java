/**
 * The small programs of GNU coreutils, util-linux and debianutils that tutorials lean on (tr,
 * seq, xargs, env, timeout, basename, readlink, which, date, uname, ...): one class per program,
 * with the GNU texts and exit statuses of coreutils 9.1 and findutils 4.9 in the C locale.
 */
package linnet.tools.coreutils;
