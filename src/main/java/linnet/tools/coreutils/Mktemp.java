package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * mktemp(1) of coreutils 9.1: a new file (mode 0600) or with -d directory (0700) named by a
 * template whose last run of at least three X's is replaced by letters and digits (what follows
 * the X's, or --suffix, stays); tmp.XXXXXXXXXX in $TMPDIR or /tmp by default, -p DIR / -t put it
 * there. The letters come from the machine's seeded generator, so a run is repeatable. -u only
 * prints a name, -q keeps errors quiet.
 */
public final class Mktemp implements Tool {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("mktemp", "dp:qtuV", 1).longOpt("directory", 0, "d").longOpt("quiet", 0, "q")
                .longOpt("dry-run", 0, "u").longOpt("suffix", 1, "S").longOpt("tmpdir", 2, "p").parse(ctx, args);
        boolean dir = false, quiet = false, dry = false, useTmp = false, tFlag = false;
        String suffix = null, tmpdir = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "d" -> dir = true;
                case "q" -> quiet = true;
                case "u" -> dry = true;
                case "t" -> { useTmp = true; tFlag = true; }
                case "S" -> suffix = op.arg();
                case "p" -> { tmpdir = op.arg() == null ? "" : op.arg(); useTmp = true; }
                default -> { }
            }
        }
        if (o.operands.size() > 1) o.fail(ctx, "too many templates");
        String template;
        if (o.operands.isEmpty()) {
            template = "tmp.XXXXXXXXXX";
            useTmp = true;
        } else {
            template = o.operands.get(0);
        }
        if (suffix == null) {
            // what follows the last X is the suffix
            int lastX = template.lastIndexOf('X');
            suffix = lastX < 0 ? "" : template.substring(lastX + 1);
            template = template.substring(0, template.length() - suffix.length());
        } else if (!template.endsWith("X")) {
            ctx.err.println("mktemp: with --suffix, template " + Quote.locale(template) + " must end in X");
            return 1;
        }
        if (suffix.contains("/")) {
            ctx.err.println("mktemp: invalid suffix " + Quote.locale(suffix) + ", contains directory separator");
            return 1;
        }
        int xs = 0;
        while (xs < template.length() && template.charAt(template.length() - 1 - xs) == 'X') xs++;
        if (xs < 3) {
            ctx.err.println("mktemp: too few X's in template " + Quote.locale(template + suffix));
            return 1;
        }
        if (useTmp) {
            if (tFlag && template.contains("/")) {
                ctx.err.println("mktemp: invalid template, " + Quote.locale(template + suffix) + ", contains directory separator");
                return 1;
            }
            // -t prefers $TMPDIR to -p's directory; -p prefers its own
            String env = ctx.env.getOrDefault("TMPDIR", "");
            String arg = tmpdir == null ? "" : tmpdir;
            String d = tFlag ? (!env.isEmpty() ? env : arg) : (!arg.isEmpty() ? arg : env);
            if (d.isEmpty()) d = "/tmp";
            if (!template.startsWith("/")) template = Files.join(d, template);
        }
        String stem = template.substring(0, template.length() - xs);
        var rng = ctx.host.kernel().rng;
        var vfs = ctx.host.vfs();
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder(stem);
            for (int i = 0; i < xs; i++) name.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
            name.append(suffix);
            String path = name.toString();
            if (Files.lstat(ctx, path) != null) continue;
            if (dry) {
                ctx.out.println(path);
                return 0;
            }
            try {
                String abs = Files.abs(ctx, path);
                if (dir) {
                    vfs.mkdir(ctx.ns(), abs, 0700);
                } else {
                    Errno e = vfs.openForWriteError(ctx.ns(), abs);
                    if (e != null) throw new KernelException(e);
                    vfs.touch(ctx.ns(), abs);
                    vfs.chmod(ctx.ns(), abs, 0600);
                }
                ctx.out.println(path);
                return 0;
            } catch (KernelException e) {
                if (e.errno == Errno.EEXIST) continue;
                if (!quiet) ctx.err.println("mktemp: failed to create " + (dir ? "directory" : "file") + " via template "
                        + Quote.locale(template + suffix) + ": " + e.errno.text);
                return 1;
            }
        }
        if (!quiet) ctx.err.println("mktemp: failed to create " + (dir ? "directory" : "file") + " via template "
                + Quote.locale(template + suffix) + ": " + Errno.EEXIST.text);
        return 1;
    }
}
