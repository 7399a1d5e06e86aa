package linnet.kernel.fs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;

/**
 * The machine's own files: one in-memory tree for the whole machine (a mount namespace, not a
 * network namespace, owns files), with the path walk and the errnos of the VFS system calls
 * (open, mkdir, unlink, rmdir, rename, stat, utimensat). Paths are absolute; symlinks are
 * followed as namei follows them. Root may do everything, so permission bits are kept for
 * stat but never checked.
 */
final class Tmpfs {
    /** MAXSYMLINKS: more links than this in one walk is ELOOP. */
    private static final int MAX_LINKS = 40;

    private final LongSupplier clock;
    final Inode root;

    Tmpfs(LongSupplier realtimeNs) {
        this.clock = realtimeNs;
        this.root = Inode.dir(0755, realtimeNs.getAsLong());
    }

    long now() { return clock.getAsLong(); }

    /**
     * Where a walk ended: the directory holding the last component, its name, the inode there
     * (null when the name is free) and the directories from the root down to {@code parent}.
     */
    private record Walk(Inode parent, String name, Inode node, List<Inode> ancestors, boolean trailingSlash) {}

    private Walk walk(String path, boolean followLast) throws KernelException {
        boolean slash = path.length() > 1 && path.endsWith("/");
        Deque<String> todo = new ArrayDeque<>();
        for (String c : path.split("/")) if (!c.isEmpty() && !c.equals(".")) todo.addLast(c);
        Deque<Inode> stack = new ArrayDeque<>();
        stack.push(root);
        String name = "";
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            Inode cur = stack.peek();
            if (!cur.isDir()) throw new KernelException(Errno.ENOTDIR);
            if (c.equals("..")) {
                if (stack.size() > 1) stack.pop();
                name = "..";
                continue;
            }
            Inode next = cur.entries.get(c);
            if (next == null) {
                if (!todo.isEmpty()) throw new KernelException(Errno.ENOENT);
                return new Walk(cur, c, null, ancestors(stack), slash);
            }
            if (next.type == FileType.SYMLINK && (!todo.isEmpty() || followLast || slash)) {
                if (++links > MAX_LINKS) throw new KernelException(Errno.ELOOP);
                List<String> t = new ArrayList<>();
                for (String x : next.target.split("/")) if (!x.isEmpty() && !x.equals(".")) t.add(x);
                for (int i = t.size() - 1; i >= 0; i--) todo.addFirst(t.get(i));
                if (next.target.startsWith("/")) {
                    stack.clear();
                    stack.push(root);
                }
                continue;
            }
            stack.push(next);
            name = c;
        }
        Inode node = stack.pop();
        Inode parent = stack.isEmpty() ? root : stack.peek();
        if (stack.isEmpty()) stack.push(root);
        if (slash && !node.isDir()) throw new KernelException(Errno.ENOTDIR);
        return new Walk(parent, name, node, ancestors(stack), slash);
    }

    private static List<Inode> ancestors(Deque<Inode> stack) {
        List<Inode> l = new ArrayList<>(stack);
        java.util.Collections.reverse(l);
        return l;
    }

    private Inode existing(String path, boolean follow) throws KernelException {
        Walk w = walk(path, follow);
        if (w.node == null) throw new KernelException(Errno.ENOENT);
        return w.node;
    }

    Stat stat(String path, boolean follow) throws KernelException { return existing(path, follow).stat(); }

    boolean exists(String path) {
        try {
            existing(path, true);
            return true;
        } catch (KernelException e) {
            return false;
        }
    }

    String read(String path) throws KernelException {
        Inode n = existing(path, true);
        return switch (n.type) {
            case DIRECTORY -> throw new KernelException(Errno.EISDIR);
            // /dev/null reads as end of file
            case CHAR_DEVICE -> "";
            default -> n.data;
        };
    }

    List<String> list(String path) throws KernelException {
        Inode n = existing(path, true);
        if (!n.isDir()) throw new KernelException(Errno.ENOTDIR);
        return new ArrayList<>(n.entries.keySet());
    }

    /** What open(2) for writing with O_CREAT would fail with, or null; nothing is created. */
    Errno openError(String path) {
        try {
            Walk w = walk(path, true);
            if (w.node == null ? w.trailingSlash : w.node.isDir()) return Errno.EISDIR;
            return null;
        } catch (KernelException e) {
            return e.errno;
        }
    }

    /** open(2) with O_CREAT for writing: creates a missing file (mode 0644 under umask 022). */
    Inode open(String path, boolean truncate) throws KernelException {
        Walk w = walk(path, true);
        Inode n = w.node;
        if (n == null) {
            // "x/" names a directory, and open never creates one
            if (w.trailingSlash) throw new KernelException(Errno.EISDIR);
            n = Inode.file(0644, now());
            w.parent.entries.put(w.name, n);
            w.parent.mtimeNs = n.mtimeNs;
            return n;
        }
        if (n.isDir()) throw new KernelException(Errno.EISDIR);
        if (truncate && n.type == FileType.REGULAR && !n.data.isEmpty()) {
            n.data = "";
            n.mtimeNs = now();
        }
        return n;
    }

    /** Opens (creating) and writes: the whole contents, or at the end with O_APPEND. */
    void write(String path, String data, boolean append) throws KernelException {
        Inode n = open(path, false);
        if (n.type != FileType.REGULAR) return; // a device node: /dev/null swallows it
        n.data = append ? n.data + data : data;
        n.mtimeNs = now();
    }

    /** touch(1): creates a missing file, else sets its modification time to now (utimensat). */
    void touch(String path) throws KernelException {
        Walk w = walk(path, true);
        if (w.node == null) {
            open(path, false);
            return;
        }
        w.node.mtimeNs = now();
    }

    /** The walk for creating a name: a trailing '/' does not follow a symlink that is already there. */
    private Walk createWalk(String path, boolean slashAllowed) throws KernelException {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        Walk w = walk(p, false);
        if (w.node == null && !slashAllowed && !p.equals(path)) throw new KernelException(Errno.ENOENT);
        return w;
    }

    void mkdir(String path, int mode) throws KernelException {
        Walk w = createWalk(path, true);
        if (w.node != null) throw new KernelException(Errno.EEXIST);
        Inode d = Inode.dir(mode, now());
        w.parent.entries.put(w.name, d);
        w.parent.mtimeNs = d.mtimeNs;
    }

    void symlink(String target, String path) throws KernelException {
        // an empty target names nothing (symlink(2) refuses it)
        if (target.isEmpty()) throw new KernelException(Errno.ENOENT);
        Walk w = createWalk(path, false);
        if (w.node != null) throw new KernelException(Errno.EEXIST);
        w.parent.entries.put(w.name, Inode.symlink(target, now()));
    }

    /** link(2): a second name for a file; directories have none (EPERM). */
    void link(String from, String to) throws KernelException {
        Inode n = existing(from, false);
        Walk w = createWalk(to, false);
        if (w.node != null) throw new KernelException(Errno.EEXIST);
        if (n.isDir()) throw new KernelException(Errno.EPERM);
        n.links++;
        w.parent.entries.put(w.name, n);
        w.parent.mtimeNs = now();
    }

    /** chmod(2): the permission bits (with setuid, setgid, sticky) of the file a path leads to. */
    void chmod(String path, int mode) throws KernelException { existing(path, true).mode = mode & 07777; }

    /** utimensat(2) of the modification time; a symlink itself when {@code follow} is false. */
    void utimens(String path, long mtimeNs, boolean follow) throws KernelException {
        existing(path, follow).mtimeNs = mtimeNs;
    }

    void mknod(String path, int mode, int major, int minor) throws KernelException {
        Walk w = walk(path, false);
        if (w.node != null) throw new KernelException(Errno.EEXIST);
        w.parent.entries.put(w.name, Inode.charDevice(mode, major, minor, now()));
    }

    void unlink(String path) throws KernelException {
        Walk w = walk(path, false);
        if (w.node == null) throw new KernelException(Errno.ENOENT);
        if (w.node.isDir()) throw new KernelException(Errno.EISDIR);
        w.node.links--;
        w.parent.entries.remove(w.name);
        w.parent.mtimeNs = now();
    }

    void rmdir(String path) throws KernelException {
        Walk w = walk(path, false);
        if (w.node == null) throw new KernelException(Errno.ENOENT);
        if (!w.node.isDir()) throw new KernelException(Errno.ENOTDIR);
        if (w.node == root) throw new KernelException(Errno.EBUSY);
        // "rmdir d/." is refused before anything else is looked at
        String last = path.replaceAll("/+$", "");
        if (last.endsWith("/.") || last.equals(".")) throw new KernelException(Errno.EINVAL);
        if (w.name.equals("..")) throw new KernelException(Errno.ENOTEMPTY);
        if (!w.node.entries.isEmpty()) throw new KernelException(Errno.ENOTEMPTY);
        w.parent.entries.remove(w.name);
        w.parent.mtimeNs = now();
    }

    /** rename(2): replaces an existing target of a compatible type; a directory never moves into itself. */
    void rename(String from, String to) throws KernelException {
        Walk src = walk(from, false);
        if (src.node == null) throw new KernelException(Errno.ENOENT);
        Walk dst = walk(to, false);
        if (src.node == root || dst.node == root) throw new KernelException(Errno.EBUSY);
        if (src.node == dst.node) return;
        if (src.node.isDir()) {
            if (dst.ancestors.contains(src.node) || dst.parent == src.node) throw new KernelException(Errno.EINVAL);
            if (dst.node != null && !dst.node.isDir()) throw new KernelException(Errno.ENOTDIR);
            if (dst.node != null && !dst.node.entries.isEmpty()) throw new KernelException(Errno.ENOTEMPTY);
        } else if (dst.node != null && dst.node.isDir()) {
            throw new KernelException(Errno.EISDIR);
        } else if (dst.trailingSlash) {
            throw new KernelException(Errno.ENOTDIR);
        }
        if (dst.node != null && !dst.node.isDir()) dst.node.links--;
        src.parent.entries.remove(src.name);
        dst.parent.entries.put(dst.name, src.node);
        long t = now();
        src.parent.mtimeNs = t;
        dst.parent.mtimeNs = t;
    }
}
