package linnet.tools.coreutils;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * touch(1) of coreutils 9.1: creates a missing file (not with -c), sets the modification time to
 * now on the machine's clock, or to -r FILE's, -d DATE's (ISO 8601 dates and times, @SECONDS;
 * the time zone is UTC, as on the oracle) or -t [[CC]YY]MMDDhhmm[.ss]'s. -a and -m are taken (only
 * the modification time is kept).
 */
public final class Touch implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("touch", "acd:fhmr:t:", 1).longOpt("no-create", 0, "c").longOpt("date", 1, "d")
                .longOpt("no-dereference", 0, "h").longOpt("reference", 1, "r").longOpt("time", 1, "T").parse(ctx, args);
        boolean create = true, follow = true;
        Long when = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "c" -> create = false;
                case "h" -> follow = false;
                case "d" -> {
                    when = parseDate(op.arg());
                    if (when == null) return invalid(ctx, op.arg());
                }
                case "t" -> {
                    when = parseStamp(op.arg(), java.time.Instant.ofEpochSecond(ctx.host.vfs().now() / 1_000_000_000L)
                            .atZone(ZoneOffset.UTC).getYear());
                    if (when == null) return invalid(ctx, op.arg());
                }
                case "r" -> {
                    Stat ref = Files.stat(ctx, op.arg());
                    if (ref == null) {
                        ctx.err.println("touch: failed to get attributes of " + Quote.af(op.arg()) + ": "
                                + Errno.ENOENT.text);
                        return 1;
                    }
                    when = ref.mtimeNs();
                }
                default -> { }
            }
        }
        if (o.operands.isEmpty()) o.fail(ctx, "missing file operand");
        var vfs = ctx.host.vfs();
        int rc = 0;
        for (String f : o.operands) {
            String abs = Files.abs(ctx, f);
            try {
                boolean there = follow ? Files.stat(ctx, f) != null : Files.lstat(ctx, f) != null;
                if (!there && !create) continue;
                // "-" is standard output, whose times touch sets: here that is nothing to change
                if (f.equals("-")) continue;
                if (!there) vfs.touch(ctx.ns(), abs);
                if (when != null || there) {
                    vfs.utimens(ctx.ns(), abs, when != null ? when : vfs.now(), follow);
                }
            } catch (KernelException e) {
                if (e.errno == Errno.EISDIR && f.endsWith("/")) {
                    // open(O_CREAT) of "name/" fails, and then so does setting the times of nothing
                    ctx.err.println("touch: setting times of " + Quote.af(f) + ": " + Errno.ENOENT.text);
                    rc = 1;
                    continue;
                }
                ctx.err.println("touch: cannot touch " + Quote.af(f) + ": " + e.errno.text);
                rc = 1;
            }
        }
        return rc;
    }

    private static int invalid(Ctx ctx, String s) {
        ctx.err.println("touch: invalid date format " + Quote.locale(s));
        return 1;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?");

    /** The -d forms scripts use: @SECONDS and ISO 8601 dates with an optional time (UTC). */
    static Long parseDate(String s) {
        String t = s.strip();
        if (t.matches("@-?\\d+")) return Long.parseLong(t.substring(1)) * 1_000_000_000L;
        Matcher m = ISO.matcher(t);
        if (!m.matches()) return null;
        try {
            LocalDateTime d = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            long ns = m.group(7) == null ? 0 : Long.parseLong((m.group(7) + "00000000").substring(0, 9));
            return d.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + ns;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** -t [[CC]YY]MMDDhhmm[.ss]; a two-digit year is 1969-2068 as POSIX has it. */
    static Long parseStamp(String s, int thisYear) {
        Matcher m = Pattern.compile("(\\d{8,12})(?:\\.(\\d{2}))?").matcher(s);
        if (!m.matches() || m.group(1).length() % 2 == 1) return null;
        String d = m.group(1);
        int year;
        String rest;
        switch (d.length()) {
            case 12 -> { year = Integer.parseInt(d.substring(0, 4)); rest = d.substring(4); }
            case 10 -> {
                int yy = Integer.parseInt(d.substring(0, 2));
                year = yy < 69 ? 2000 + yy : 1900 + yy;
                rest = d.substring(2);
            }
            default -> { year = thisYear; rest = d; }
        }
        try {
            LocalDateTime t = LocalDateTime.of(year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(2, 4)),
                    Integer.parseInt(rest.substring(4, 6)), Integer.parseInt(rest.substring(6, 8)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
