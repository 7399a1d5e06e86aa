package linnet.tools.text.awk;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * awk(1) as Debian 12's default awk, mawk 1.3.4 20200120: options -f -F -v -W and --, the program,
 * then ARGV. Messages name the program as it was called ("awk: line 1: syntax error at or near }");
 * errors exit 2.
 */
public final class Awk implements Tool {
    private final String name;

    public Awk(String name) { this.name = name; }

    @Override
    public int run(Ctx ctx, List<String> args) {
        List<String> sources = new ArrayList<>();
        List<String[]> assigns = new ArrayList<>();
        String fs = null;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) { i++; break; }
            if (a.length() < 2 || a.charAt(0) != '-') break;
            char c = a.charAt(1);
            if (c != 'f' && c != 'F' && c != 'v' && c != 'W') {
                ctx.err.println(name + ": not an option: " + a);
                return 2;
            }
            String val = a.length() > 2 ? a.substring(2) : null;
            if (val == null) {
                if (i + 1 >= args.size()) {
                    ctx.err.println(name + ": option -" + c + " lacks argument");
                    return 2;
                }
                val = args.get(++i);
            }
            switch (c) {
                case 'f' -> {
                    if (val.equals("/dev/null")) { sources.add(""); break; }
                    if (val.equals("-") || val.equals("/dev/stdin")) {
                        sources.add(ctx.stdin() == null ? "" : new String(ctx.stdin(), java.nio.charset.StandardCharsets.UTF_8));
                        break;
                    }
                    try {
                        sources.add(ctx.host.vfs().read(ctx.ns(), ctx.resolve(val)));
                    } catch (KernelException e) {
                        ctx.err.println(name + ": cannot open " + val + " (" + e.errno.text + ")");
                        return 2;
                    }
                }
                case 'F' -> fs = val;
                case 'v' -> {
                    int eq = val.indexOf('=');
                    if (eq < 0 || !Interp.isAssignment(val)) {
                        ctx.err.println(name + ": improper assignment: -v " + val);
                        return 2;
                    }
                    assigns.add(new String[] {val.substring(0, eq), val.substring(eq + 1)});
                }
                default -> {
                    String w = val.toLowerCase(java.util.Locale.ROOT);
                    if (!w.isEmpty() && "version".startsWith(w)) {
                        ctx.out.print(AwkTexts.VERSION);
                        ctx.out.flush();
                        ctx.err.print(AwkTexts.VERSION_DETAILS);
                        return 0;
                    }
                    if (!w.isEmpty() && ("usage".startsWith(w) || "help".startsWith(w))) {
                        ctx.err.print(AwkTexts.USAGE);
                        return 0;
                    }
                    ctx.err.println(name + ": vacuous option: -W " + val);
                }
            }
        }
        if (sources.isEmpty()) {
            if (i >= args.size()) {
                ctx.err.print(AwkTexts.USAGE);
                return 0;
            }
            sources.add(args.get(i++));
        }
        Interp interp = null;
        try {
            Ast.Program prog = new Parser(Interp.bytes(String.join("\n", sources))).parse();
            interp = new Interp(prog, ctx);
            List<String> argv = new ArrayList<>();
            argv.add(name);
            for (String a : args.subList(i, args.size())) argv.add(Interp.bytes(a));
            interp.setArgv(argv);
            if (fs != null) interp.assignVariable("FS", Interp.bytes(fs));
            for (String[] kv : assigns) interp.assignVariable(kv[0], Interp.bytes(kv[1]));
            int rc = interp.run();
            interp.closeAll();
            return rc;
        } catch (AwkError e) {
            if (interp != null) interp.flushStdout();
            String m = Interp.text(e.getMessage());
            ctx.err.println(name + ": " + m);
            for (String x : e.more) ctx.err.println(name + ": " + Interp.text(x));
            if (m.startsWith("run time error") && interp != null) ctx.err.println(Interp.text(interp.errorContext()));
            return 2;
        }
    }
}
