package linnet.tools.coreutils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.text.GnuOpts;

/**
 * stat(1), GNU coreutils 9.1, over the emulated files: the default listing, -t (terse), -c/--format
 * and --printf with their % directives (printf flags and widths too), -L. The emulated file system
 * keeps one time per file (st_mtime), so access and change times are that time and the birth time
 * is unknown ("-"), as sysfs and procfs report it; every file is root's; device numbers are
 * linnet's own per file system (sysfs 0,22, procfs 0,21, the rest 0,32), and the kernel's own
 * files have inode 0. Names, sizes, modes, types, link counts and symlink targets are Linux's.
 */
public final class StatCmd implements linnet.tools.common.Tool {
    private static final String DEFAULT = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
            + "Device: %Hd,%Ld\tInode: %-11i Links: %h\n"
            + "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
            + "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
    private static final String DEFAULT_DEV = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
            + "Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n"
            + "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
            + "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
    private static final String TERSE = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n";

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("stat", "c:fLt", 1).longOpt("format", 1, "c").longOpt("printf", 1, "printf")
                .longOpt("dereference", 0, "L").longOpt("terse", 0, "t").longOpt("file-system", 0, "f")
                .longOpt("cached", 1, "cached").parse(ctx, args);
        String format = null;
        boolean deref = false, terse = false, escapes = false;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "c" -> {
                    format = opt.arg() + "\n";
                    escapes = false;
                }
                case "printf" -> {
                    format = opt.arg();
                    escapes = true;
                }
                case "L" -> deref = true;
                case "t" -> terse = true;
                case "f" -> {
                    ctx.err.println("linnet: stat -f (file system status) is not emulated");
                    return 1;
                }
                default -> { }
            }
        }
        if (o.operands.isEmpty()) {
            ctx.err.println("stat: missing operand");
            ctx.err.println("Try 'stat --help' for more information.");
            return 1;
        }
        int rc = 0;
        StringBuilder out = new StringBuilder();
        for (String name : o.operands) {
            String path = ctx.resolve(name);
            Stat st;
            try {
                st = deref ? ctx.host.vfs().stat(ctx.ns(), path) : ctx.host.vfs().lstat(ctx.ns(), path);
            } catch (KernelException e) {
                ctx.out.print(out);
                out.setLength(0);
                ctx.err.println("stat: cannot statx " + Quote.af(name) + ": " + e.errno.text);
                rc = 1;
                continue;
            }
            String f = format != null ? format
                    : terse ? TERSE : st.type() == FileType.CHAR_DEVICE ? DEFAULT_DEV : DEFAULT;
            out.append(expand(f, name, path, st, format == null && !terse, escapes));
        }
        ctx.out.print(out);
        return rc;
    }

    /** The format with each %-directive (and, for --printf, each backslash escape) replaced. */
    private String expand(String f, String name, String path, Stat st, boolean dflt, boolean escapes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && escapes && i + 1 < f.length()) {
                i = escape(f, i, sb);
                continue;
            }
            if (c != '%') {
                sb.append(c);
                continue;
            }
            int s = i++;
            while (i < f.length() && "-+ #0'".indexOf(f.charAt(i)) >= 0) i++;
            while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
            }
            String spec = f.substring(s + 1, i);
            if (i >= f.length()) {
                sb.append(f, s, i);
                break;
            }
            char d = f.charAt(i);
            if (d == '%') {
                sb.append('%');
                continue;
            }
            // %H and %L pick the major or minor half of %d and %r
            char half = 0;
            if ((d == 'H' || d == 'L') && i + 1 < f.length() && (f.charAt(i + 1) == 'd' || f.charAt(i + 1) == 'r')) {
                half = d;
                d = f.charAt(++i);
            }
            Object v = directive(d, half, name, path, st, dflt);
            if (v == null) {
                sb.append('?');
                continue;
            }
            sb.append(v instanceof Long n ? num(spec, n) : str(spec, (String) v));
        }
        return sb.toString();
    }

    private static int major(String path) { return 0; }

    private static int minor(String path) {
        if (path.equals("/sys") || path.startsWith("/sys/")) return 22;
        if (path.equals("/proc") || path.startsWith("/proc/")) return 21;
        return 32;
    }

    private Object directive(char d, char half, String name, String path, Stat st, boolean dflt) {
        int type = switch (st.type()) {
            case REGULAR -> 0100000;
            case DIRECTORY -> 0040000;
            case SYMLINK -> 0120000;
            case CHAR_DEVICE -> 0020000;
        };
        long time = st.mtimeNs();
        return switch (d) {
            case 'n' -> name;
            case 'N' -> {
                // the default listing names the file as ls does, -c %N always quotes
                String q = dflt ? Quote.f(name) : Quote.af(name);
                if (st.type() == FileType.SYMLINK && st.linkTarget() != null)
                    q += " -> " + (dflt ? Quote.f(st.linkTarget()) : Quote.af(st.linkTarget()));
                yield q;
            }
            case 's' -> st.size();
            case 'b' -> st.blocks();
            case 'B' -> 512L;
            // st_blksize: procfs says 1024, the others a page
            case 'o' -> path.equals("/proc") || path.startsWith("/proc/") ? 1024L : 4096L;
            case 'a' -> Long.parseLong(Integer.toOctalString(st.mode() & 07777));
            case 'A' -> st.type().letter + Modes.rwx(st.mode());
            case 'f' -> Long.toHexString(type | (st.mode() & 07777));
            case 'F' -> switch (st.type()) {
                case REGULAR -> st.size() == 0 ? "regular empty file" : "regular file";
                case DIRECTORY -> "directory";
                case SYMLINK -> "symbolic link";
                case CHAR_DEVICE -> "character special file";
            };
            case 'u', 'g' -> 0L;
            case 'U', 'G' -> "root";
            case 'h' -> (long) st.nlink();
            case 'i' -> st.ino();
            case 'd' -> half == 'H' ? (long) major(path) : half == 'L' ? (long) minor(path) : (long) (major(path) << 8 | minor(path));
            case 'D' -> Long.toHexString(major(path) << 8 | minor(path));
            case 'r' -> half == 'H' ? (long) st.rdevMajor() : half == 'L' ? (long) st.rdevMinor()
                    : (long) (st.rdevMajor() << 8 | st.rdevMinor());
            case 't' -> Long.toHexString(st.rdevMajor());
            case 'T' -> Long.toHexString(st.rdevMinor());
            case 'm' -> path.startsWith("/sys") ? "/sys" : path.startsWith("/proc") ? "/proc" : "/";
            case 'x', 'y', 'z' -> humanTime(time);
            case 'X', 'Y', 'Z' -> Math.floorDiv(time, 1_000_000_000L);
            case 'w' -> "-";
            case 'W' -> 0L;
            default -> null;
        };
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS Z")
            .withZone(ZoneOffset.UTC);

    private static String humanTime(long ns) {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)));
    }

    /** A number with the directive's printf flags and width (%-10s, %04a, %5u). */
    private static String num(String spec, long n) {
        return String.format("%" + spec.replace("'", "") + "d", n);
    }

    private static String str(String spec, String s) {
        // the numeric flags mean nothing to a string: only '-', the width and the precision are kept
        int k = 0;
        boolean left = false;
        while (k < spec.length() && "-+ #0'".indexOf(spec.charAt(k)) >= 0) left |= spec.charAt(k++) == '-';
        String rest = spec.substring(k);
        return rest.isEmpty() && !left ? s : String.format("%" + (left ? "-" : "") + rest + "s", s);
    }

    /** --printf's backslash escapes (print_esc_char): \n \t \\ \" \a \b \f \r \v, octal and hex bytes. */
    private static int escape(String f, int i, StringBuilder sb) {
        char c = f.charAt(i + 1);
        String e = switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case '\\' -> "\\";
            case '"' -> "\"";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'e' -> "\u001b";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'v' -> "\u000b";
            default -> null;
        };
        if (e != null) {
            sb.append(e);
            return i + 1;
        }
        if (c >= '0' && c <= '7') {
            int k = i + 1, v = 0;
            while (k < f.length() && k < i + 4 && f.charAt(k) >= '0' && f.charAt(k) <= '7') v = v * 8 + (f.charAt(k++) - '0');
            sb.append((char) v);
            return k - 1;
        }
        if (c == 'x' && i + 2 < f.length() && Character.digit(f.charAt(i + 2), 16) >= 0) {
            int k = i + 2, v = 0;
            while (k < f.length() && k < i + 4 && Character.digit(f.charAt(k), 16) >= 0) v = v * 16 + Character.digit(f.charAt(k++), 16);
            sb.append((char) v);
            return k - 1;
        }
        sb.append('\\').append(c);
        return i + 1;
    }
}
