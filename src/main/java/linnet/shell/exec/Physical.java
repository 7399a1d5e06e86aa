package linnet.shell.exec;

import java.util.ArrayDeque;
import java.util.Deque;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;
import linnet.kernel.fs.Vfs;

/**
 * A directory's physical name, every symlink on the way replaced by what it points at (bash's
 * sh_physpath, which `pwd -P` and `cd -P` use): /sys/class/net/lo is /sys/devices/virtual/net/lo.
 */
final class Physical {
    private Physical() {}

    /** @param path absolute and folded; returned as is where a component cannot be read. */
    static String of(Vfs vfs, linnet.kernel.fs.Nsproxy ns, String path) {
        Deque<String> todo = new ArrayDeque<>();
        for (String p : path.split("/")) if (!p.isEmpty()) todo.add(p);
        Deque<String> done = new ArrayDeque<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.poll();
            if (c.equals(".")) continue;
            if (c.equals("..")) { done.pollLast(); continue; }
            String here = "/" + String.join("/", done) + (done.isEmpty() ? "" : "/") + c;
            Stat st;
            try {
                st = vfs.lstat(ns, here);
            } catch (KernelException e) {
                // a directory the emulation does not list (/sys/devices) is still a plain name
                done.add(c);
                continue;
            }
            if (st.type() == FileType.SYMLINK && st.linkTarget() != null && links++ < 40) {
                String t = st.linkTarget();
                if (t.startsWith("/")) done.clear();
                String[] parts = t.split("/");
                for (int i = parts.length - 1; i >= 0; i--) if (!parts[i].isEmpty()) todo.addFirst(parts[i]);
                continue;
            }
            done.add(c);
        }
        return "/" + String.join("/", done);
    }
}
