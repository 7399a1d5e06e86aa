package linnet.tools.fs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.coreutils.Modes;
import linnet.tools.common.Quote;
import linnet.tools.text.GnuOpts;

/**
 * ls(1) of coreutils 9.1 with standard output not a terminal (one name per line, names as they
 * are). As GNU ls does: a missing operand is reported as it is met (exit 2); then the operands
 * that are files, then each directory, under a "NAME:" header when there was more than one
 * operand or -R, sections apart by an empty line. -l is the long format (mode, links, owner
 * root, size or device numbers, the time on the machine's clock — "Mon DD HH:MM" within six
 * months, else "Mon DD  YYYY" —, name and a symlink's target), with each column as wide as its
 * widest entry and "total" in 1K blocks; -a/-A, -d, -F/-p, -h, -s, -R, -r, -t, -S, -U, -L/-H,
 * -n/-g/-o. Symlinks on the command line are followed (to a directory) unless -l, -d or -F.
 */
public final class Ls implements Tool {
    private boolean all, almostAll, dirsAsFiles, classify, slash, human, recursive, reverse, blocks, numeric;
    private boolean longFormat, noOwner, noGroup;
    private char sort = 'n';
    /** --time-style as strftime formats for an old and a recent file; null: the locale's (C) "Mon DD ..." form. */
    private String[] timeFormats;
    /** Whether symlinks are followed: 'N' never (default for -l/-d/-F), 'C' command line to dirs, 'H', 'L'. */
    private char deref;

    @Override
    public int run(Ctx ctx, List<String> args) {
        return new Ls().main(ctx, args);
    }

    private int main(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("ls", "aAdFphRrtSUlL1HngosCxfi", 2).longOpt("all", 0, "a").longOpt("almost-all", 0, "A")
                .longOpt("directory", 0, "d").longOpt("classify", 2, "F").longOpt("human-readable", 0, "h")
                .longOpt("recursive", 0, "R").longOpt("reverse", 0, "r").longOpt("dereference", 0, "L")
                .longOpt("dereference-command-line", 0, "H").longOpt("numeric-uid-gid", 0, "n").longOpt("size", 0, "s")
                .longOpt("color", 2, "color").longOpt("inode", 0, "i").longOpt("time-style", 1, "time-style")
                .longOpt("full-time", 0, "full-time").parse(ctx, args);
        char deopt = 0;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "a" -> { all = true; almostAll = false; }
                case "A" -> { almostAll = true; all = false; }
                case "d" -> dirsAsFiles = true;
                case "F" -> classify = true;
                case "p" -> slash = true;
                case "h" -> human = true;
                case "R" -> recursive = true;
                case "r" -> reverse = true;
                case "t" -> sort = 't';
                case "S" -> sort = 'S';
                case "U" -> sort = 'U';
                case "f" -> { sort = 'U'; all = true; }
                case "l" -> longFormat = true;
                case "n" -> { longFormat = true; numeric = true; }
                case "g" -> { longFormat = true; noOwner = true; }
                case "o" -> { longFormat = true; noGroup = true; }
                case "s" -> blocks = true;
                case "1", "C", "x" -> longFormat = longFormat && op.key().equals("1");
                case "L" -> deopt = 'L';
                case "H" -> deopt = 'H';
                case "full-time" -> {
                    longFormat = true;
                    timeFormats = timeStyle("full-iso");
                }
                case "time-style" -> {
                    timeFormats = timeStyle(op.arg());
                    if (timeFormats == BAD_STYLE) {
                        ctx.err.println("ls: invalid argument '" + op.arg() + "' for 'time style'");
                        ctx.err.println("""
                                Valid arguments are:
                                  - [posix-]full-iso
                                  - [posix-]long-iso
                                  - [posix-]iso
                                  - [posix-]locale
                                  - +FORMAT (e.g., +%H:%M) for a 'date'-style format
                                Try 'ls --help' for more information.""");
                        return 2;
                    }
                }
                default -> { }
            }
        }
        deref = deopt != 0 ? deopt : (dirsAsFiles || classify || longFormat) ? 'N' : 'C';
        List<String> operands = o.operands.isEmpty() ? List.of(".") : o.operands;
        int rc = 0;
        List<Entry> files = new ArrayList<>();
        List<Entry> dirs = new ArrayList<>();
        for (String p : operands) {
            Stat st = statOperand(ctx, p);
            if (st == null) {
                ctx.err.println("ls: cannot access " + Quote.af(p) + ": " + why(ctx, p).text);
                rc = 2;
                continue;
            }
            Entry e = new Entry(p, p, st, ctx);
            if (st.isDirectory() && !dirsAsFiles) dirs.add(e);
            else files.add(e);
        }
        sort(files);
        sort(dirs);
        boolean printed = false;
        if (!files.isEmpty()) {
            print(ctx, files, false);
            printed = true;
        }
        boolean headers = operands.size() > 1 || recursive;
        for (Entry d : dirs) {
            rc = Math.max(rc, listDir(ctx, d.path, printed, headers));
            printed = true;
        }
        return rc;
    }

    /** A name to show, the path it is found at, and its stat (the link's own, unless followed). */
    private static final class Entry {
        final String name;
        final String path;
        final Stat st;
        /** For a symlink: what it leads to (null when dangling). */
        final Stat target;

        Entry(String name, String path, Stat st, Ctx ctx) {
            this.name = name;
            this.path = path;
            this.st = st;
            Stat t = null;
            if (st.type() == FileType.SYMLINK) {
                try {
                    t = ctx.host.vfs().stat(ctx.ns(), ctx.resolve(path));
                } catch (KernelException e) {
                    t = null;
                }
            }
            this.target = t;
        }
    }

    private Stat statOperand(Ctx ctx, String p) {
        var vfs = ctx.host.vfs();
        String abs = abs(ctx, p);
        try {
            Stat l = vfs.lstat(ctx.ns(), abs);
            if (l.type() != FileType.SYMLINK || deref == 'N') return l;
            try {
                Stat s = vfs.stat(ctx.ns(), abs);
                if (deref == 'C' && !s.isDirectory()) return l;
                return s;
            } catch (KernelException e) {
                return l;
            }
        } catch (KernelException e) {
            return null;
        }
    }

    private static Errno why(Ctx ctx, String p) {
        try {
            ctx.host.vfs().lstat(ctx.ns(), abs(ctx, p));
            return Errno.ENOENT;
        } catch (KernelException e) {
            return e.errno;
        }
    }

    private static String abs(Ctx ctx, String p) {
        String r = ctx.resolve(p);
        return p.endsWith("/") && !r.equals("/") ? r + "/" : r;
    }

    /**
     * The directories being listed by -R, by identity (their canonical name stands for the device
     * and inode GNU ls compares): one met again below itself (through -L's followed links, like
     * /sys/class/net/DEV/subsystem) is a loop, not listed again.
     */
    private final java.util.Set<String> activeDirs = new java.util.HashSet<>();

    private int listDir(Ctx ctx, String path, boolean blankBefore, boolean header) {
        var vfs = ctx.host.vfs();
        List<String> names;
        try {
            names = vfs.list(ctx.ns(), abs(ctx, path));
        } catch (KernelException e) {
            ctx.err.println("ls: cannot open directory " + Quote.af(path) + ": " + e.errno.text);
            return 2;
        }
        String identity = null;
        if (recursive) {
            identity = linnet.tools.coreutils.Canonical.resolve(ctx, abs(ctx, path),
                    linnet.tools.coreutils.Canonical.Mode.EXISTING, true).path();
            if (identity != null && !activeDirs.add(identity)) {
                ctx.err.println("ls: " + Quote.f(path) + ": not listing already-listed directory");
                return 2;
            }
        }
        try {
            return listEntries(ctx, path, names, blankBefore, header);
        } finally {
            if (identity != null) activeDirs.remove(identity);
        }
    }

    private int listEntries(Ctx ctx, String path, List<String> names, boolean blankBefore, boolean header) {
        var vfs = ctx.host.vfs();
        if (blankBefore) ctx.out.println();
        if (header) ctx.out.println(path + ":");
        List<Entry> entries = new ArrayList<>();
        String prefix = path.endsWith("/") ? path : path + "/";
        if (all) {
            for (String dot : List.of(".", "..")) {
                try {
                    entries.add(new Entry(dot, prefix + dot, vfs.stat(ctx.ns(), ctx.resolve(prefix + dot)), ctx));
                } catch (KernelException e) {
                    // a directory always has both
                }
            }
        }
        int rc = 0;
        for (String n : names) {
            if (n.startsWith(".") && !all && !almostAll) continue;
            String child = prefix + n;
            try {
                Stat st = deref == 'L' ? statOrLink(ctx, child) : vfs.lstat(ctx.ns(), ctx.resolve(child));
                entries.add(new Entry(n, child, st, ctx));
            } catch (KernelException e) {
                ctx.err.println("ls: cannot access " + Quote.af(child) + ": " + e.errno.text);
                rc = 1;
            }
        }
        sort(entries);
        if (longFormat || blocks) {
            long total = 0;
            for (Entry e : entries) total += e.st.blocks();
            ctx.out.println("total " + (human ? humanSize(total * 512) : String.valueOf((total + 1) / 2)));
        }
        print(ctx, entries, true);
        if (recursive) {
            for (Entry e : entries) {
                if (e.name.equals(".") || e.name.equals("..") || !e.st.isDirectory()) continue;
                rc = Math.max(rc, listDir(ctx, e.path, true, true));
            }
        }
        return rc;
    }

    private static Stat statOrLink(Ctx ctx, String p) throws KernelException {
        try {
            return ctx.host.vfs().stat(ctx.ns(), ctx.resolve(p));
        } catch (KernelException e) {
            return ctx.host.vfs().lstat(ctx.ns(), ctx.resolve(p));
        }
    }

    private void sort(List<Entry> l) {
        if (sort == 'U') {
            if (reverse) java.util.Collections.reverse(l);
            return;
        }
        Comparator<Entry> byName = Comparator.comparing(e -> e.name);
        Comparator<Entry> c = switch (sort) {
            case 't' -> Comparator.<Entry>comparingLong(e -> -e.st.mtimeNs()).thenComparing(byName);
            case 'S' -> Comparator.<Entry>comparingLong(e -> -e.st.size()).thenComparing(byName);
            default -> byName;
        };
        l.sort(reverse ? c.reversed() : c);
    }

    private void print(Ctx ctx, List<Entry> entries, boolean inDir) {
        int linkW = 0, ownerW = 0, groupW = 0, sizeW = 0, majorW = 0, minorW = 0, blocksW = 0;
        for (Entry e : entries) {
            linkW = Math.max(linkW, String.valueOf(e.st.nlink()).length());
            ownerW = Math.max(ownerW, owner().length());
            groupW = Math.max(groupW, owner().length());
            blocksW = Math.max(blocksW, blockCount(e.st).length());
            if (e.st.type() == FileType.CHAR_DEVICE) {
                majorW = Math.max(majorW, String.valueOf(e.st.rdevMajor()).length());
                minorW = Math.max(minorW, String.valueOf(e.st.rdevMinor()).length());
                sizeW = Math.max(sizeW, majorW + 2 + minorW);
            } else {
                sizeW = Math.max(sizeW, size(e.st).length());
            }
        }
        long now = ctx.host.vfs().now();
        for (Entry e : entries) {
            StringBuilder sb = new StringBuilder();
            if (blocks) sb.append(pad(blockCount(e.st), blocksW, true)).append(' ');
            if (longFormat) {
                sb.append(e.st.type().letter).append(Modes.rwx(e.st.mode())).append(' ');
                sb.append(pad(String.valueOf(e.st.nlink()), linkW, true)).append(' ');
                if (!noOwner) sb.append(pad(owner(), ownerW, false)).append(' ');
                if (!noGroup) sb.append(pad(owner(), groupW, false)).append(' ');
                if (e.st.type() == FileType.CHAR_DEVICE) {
                    sb.append(pad(String.valueOf(e.st.rdevMajor()), sizeW - 2 - minorW, true)).append(", ")
                            .append(pad(String.valueOf(e.st.rdevMinor()), minorW, true));
                } else {
                    sb.append(pad(size(e.st), sizeW, true));
                }
                sb.append(' ').append(timeFormats == null ? date(e.st.mtimeNs(), now) : styled(e.st.mtimeNs(), now)).append(' ');
            }
            sb.append(e.name);
            if (longFormat && e.st.type() == FileType.SYMLINK) {
                sb.append(" -> ").append(e.st.linkTarget());
                if ((classify || slash) && e.target != null) sb.append(indicator(e.target));
            } else if (classify || slash) {
                sb.append(indicator(e.st));
            }
            ctx.out.println(sb);
        }
    }

    private String indicator(Stat st) {
        if (st.isDirectory()) return "/";
        if (!classify) return "";
        if (st.type() == FileType.SYMLINK) return "@";
        if (st.type() == FileType.REGULAR && (st.mode() & 0111) != 0) return "*";
        return "";
    }

    private String owner() { return numeric ? "0" : "root"; }

    private String size(Stat st) { return human ? humanSize(st.size()) : String.valueOf(st.size()); }

    private String blockCount(Stat st) { return human ? humanSize(st.blocks() * 512) : String.valueOf((st.blocks() + 1) / 2); }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) return s;
        String sp = " ".repeat(w - s.length());
        return right ? sp + s : s + sp;
    }

    /** ls -h: powers of 1024 rounded up, one decimal below 10 (4.0K, 1.5M, 12K). */
    static String humanSize(long n) {
        if (n < 1024) return String.valueOf(n);
        String units = "KMGTPE";
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length() - 1) {
            v /= 1024;
            u++;
        }
        if (v < 10) {
            double r = Math.ceil(v * 10) / 10;
            if (r < 10) return String.format(Locale.ROOT, "%.1f%c", r, units.charAt(u));
            v = r;
        }
        long whole = (long) Math.ceil(v);
        if (whole >= 1024 && u < units.length() - 1) return String.format(Locale.ROOT, "%.1f%c", 1.0, units.charAt(u + 1));
        return whole + String.valueOf(units.charAt(u));
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** Half of the Gregorian year, ls's idea of "recent". */
    private static final long SIX_MONTHS_NS = 31556952L / 2 * 1_000_000_000L;

    private static final String[] BAD_STYLE = new String[0];

    /**
     * --time-style=STYLE: formats for {old, recent} files. The posix- styles fall back to the
     * locale's form in the C locale (run-kernel's); "+FMT1\nFMT2" gives old and recent apart.
     */
    private static String[] timeStyle(String style) {
        if (style.startsWith("+")) {
            String f = style.substring(1);
            int nl = f.indexOf('\n');
            return nl < 0 ? new String[] {f, f} : new String[] {f.substring(0, nl), f.substring(nl + 1)};
        }
        return switch (style) {
            case "full-iso" -> new String[] {"%Y-%m-%d %H:%M:%S.%N %z", "%Y-%m-%d %H:%M:%S.%N %z"};
            case "long-iso" -> new String[] {"%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M"};
            case "iso" -> new String[] {"%Y-%m-%d ", "%m-%d %H:%M"};
            case "locale", "posix-full-iso", "posix-long-iso", "posix-iso", "posix-locale" -> null;
            default -> BAD_STYLE;
        };
    }

    private String styled(long ns, long nowNs) {
        ZonedDateTime t = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))
                .atZone(ZoneOffset.UTC);
        boolean recent = ns > nowNs - SIX_MONTHS_NS && ns <= nowNs;
        return linnet.tools.coreutils.Date.strftime(timeFormats[recent ? 1 : 0], t);
    }

    /** The time column in UTC (run-kernel's TZ): the time of day for a recent file, else the year. */
    static String date(long ns, long nowNs) {
        ZonedDateTime t = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L)).atZone(ZoneOffset.UTC);
        String day = String.format("%s %2d", MONTHS[t.getMonthValue() - 1], t.getDayOfMonth());
        boolean recent = ns > nowNs - SIX_MONTHS_NS && ns <= nowNs;
        if (recent) return String.format("%s %02d:%02d", day, t.getHour(), t.getMinute());
        return String.format("%s  %d", day, t.getYear());
    }
}
