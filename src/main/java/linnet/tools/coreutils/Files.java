package linnet.tools.coreutils;

import linnet.kernel.core.KernelException;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;

/** The file system calls the coreutils programs share, on paths as the user wrote them. */
final class Files {
    private Files() {}

    /** lstat(2), or null when the name leads nowhere. */
    static Stat lstat(Ctx ctx, String path) {
        try {
            return ctx.host.vfs().lstat(ctx.ns(), abs(ctx, path));
        } catch (KernelException e) {
            return null;
        }
    }

    /** stat(2) (symlinks followed), or null. */
    static Stat stat(Ctx ctx, String path) {
        try {
            return ctx.host.vfs().stat(ctx.ns(), abs(ctx, path));
        } catch (KernelException e) {
            return null;
        }
    }

    /**
     * The absolute path the kernel walks, keeping what its end means: a trailing '/' asks for a
     * directory, a final '.' is refused by rmdir.
     */
    static String abs(Ctx ctx, String path) {
        String r = ctx.resolve(path);
        String dir = r.equals("/") ? "" : r;
        if (path.equals(".") || path.endsWith("/.")) return dir + "/.";
        return path.endsWith("/") && !r.equals("/") ? r + "/" : r;
    }

    /** DIR/NAME without doubling a slash. */
    static String join(String dir, String name) { return dir.endsWith("/") ? dir + name : dir + "/" + name; }

    /** The last component of a path, trailing slashes ignored (base_name). */
    static String base(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        int s = p.lastIndexOf('/');
        return s < 0 || p.equals("/") ? p : p.substring(s + 1);
    }

    /** Whether two stats are one file (a name of it, a hard link). */
    static boolean same(Stat a, Stat b) { return a != null && b != null && a.ino() != 0 && a.ino() == b.ino(); }
}
