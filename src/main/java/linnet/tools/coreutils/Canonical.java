package linnet.tools.coreutils;

import java.util.ArrayDeque;
import java.util.Deque;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;

/**
 * A file name made absolute with every symlink followed and '.', '..' and '//' gone, walking the
 * emulated file system one component at a time as gnulib's canonicalize_filename_mode does
 * (readlink -f/-e/-m, realpath): /bin/ip is /usr/bin/ip, /sys/class/net/lo is
 * /sys/devices/virtual/net/lo. A symlink's target replaces it before a following '..' applies.
 */
public final class Canonical {
    private Canonical() {}

    /** How much must exist: every component, all but the last, or nothing. */
    public enum Mode { EXISTING, ALL_BUT_LAST, MISSING }

    /** The canonical name, or the errno the walk stopped at. */
    public record Result(String path, Errno error) {}

    /** Linux's limit on symlinks followed in one lookup (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

    public static Result resolve(Ctx ctx, String name, Mode mode, boolean followLinks) {
        if (name.isEmpty()) return new Result(null, Errno.ENOENT);
        Deque<String> pending = new ArrayDeque<>();
        push(pending, name);
        String dir = name.startsWith("/") ? "/" : ctx.cwd;
        int links = 0;
        while (!pending.isEmpty()) {
            String comp = pending.pollFirst();
            boolean more = pending.stream().anyMatch(c -> !c.isEmpty());
            if (comp.isEmpty() || comp.equals(".")) {
                if (mode != Mode.MISSING && !comp.isEmpty() && !isDir(ctx, dir)) return new Result(null, Errno.ENOTDIR);
                continue;
            }
            if (comp.equals("..")) {
                dir = parent(dir);
                continue;
            }
            String next = dir.equals("/") ? "/" + comp : dir + "/" + comp;
            Stat st;
            try {
                st = ctx.host.vfs().lstat(ctx.ns(), next);
            } catch (KernelException e) {
                boolean lastMissing = mode == Mode.ALL_BUT_LAST && e.errno == Errno.ENOENT && !more;
                if (mode != Mode.MISSING && !lastMissing) return new Result(null, e.errno);
                dir = next;
                continue;
            }
            if (followLinks && st.linkTarget() != null) {
                if (++links > MAX_LINKS) return new Result(null, Errno.ELOOP);
                push(pending, st.linkTarget());
                if (st.linkTarget().startsWith("/")) dir = "/";
                continue;
            }
            dir = next;
            // a file with more of the name after it ("f/", "f/x", "f/..") is ENOTDIR
            boolean anyAfter = !pending.isEmpty();
            if (anyAfter && mode != Mode.MISSING && !st.isDirectory() && !isDir(ctx, next)) {
                return new Result(null, Errno.ENOTDIR);
            }
        }
        return new Result(dir, null);
    }

    /** Puts a name's components in front of what is still to walk (a trailing '/' as an empty one). */
    private static void push(Deque<String> pending, String name) {
        String[] parts = name.split("/", -1);
        Deque<String> mine = new ArrayDeque<>();
        for (String p : parts) if (!p.isEmpty()) mine.add(p);
        if (name.endsWith("/") && !mine.isEmpty()) mine.add("");
        while (!mine.isEmpty()) pending.addFirst(mine.pollLast());
    }

    private static boolean isDir(Ctx ctx, String path) { return ctx.host.vfs().isDirectory(ctx.ns(), path); }

    static String parent(String dir) {
        int slash = dir.lastIndexOf('/');
        return slash <= 0 ? "/" : dir.substring(0, slash);
    }
}
