package linnet.tools.linnet;

import java.util.List;
import java.util.function.Supplier;
import linnet.kernel.rtnl.Host;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.view.diagram.Render;
import linnet.view.diagram.Topology;

/**
 * linnet's own command on the emulated machine: {@code linnet diagram [--ascii|--dot|--mermaid|--svg FILE]}
 * draws the live topology; {@code linnet trace -- COMMAND} tells each packet's way ({@link TraceCommand}). The SVG file is written in the emulated file system (relative to the
 * working directory): linnet binds no host directory yet.
 */
public final class Linnet implements Tool {
    static final String USAGE = "Usage: linnet diagram [--ascii|--dot|--mermaid|--svg FILE] [--group N]\n"
            + "       " + TraceCommand.USAGE.substring("Usage: ".length());

    /** The machines of the lab this program runs in (for a trace that follows packets between them). */
    private final Supplier<List<Host>> machines;

    /** The program of a lone machine: it sees only the machine it runs on. */
    public Linnet() { this(null); }

    public Linnet(Supplier<List<Host>> machines) { this.machines = machines; }

    @Override
    public int run(Ctx ctx, List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("trace"))
            return TraceCommand.run(ctx, args.subList(1, args.size()), machines != null ? machines : () -> List.of(ctx.host));
        if (args.isEmpty() || !args.get(0).equals("diagram")) {
            ctx.err.println(USAGE);
            return 2;
        }
        String form = "ascii", file = null;
        int group = 8;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--ascii", "--dot", "--mermaid" -> form = a.substring(2);
                case "--svg", "--group" -> {
                    if (i + 1 >= args.size()) {
                        ctx.err.println("linnet diagram: " + a + " needs an argument");
                        return 2;
                    }
                    if (a.equals("--svg")) {
                        form = "svg";
                        file = args.get(++i);
                    } else {
                        try {
                            group = Integer.parseInt(args.get(++i));
                        } catch (NumberFormatException e) {
                            ctx.err.println("linnet diagram: --group: not a number: " + args.get(i));
                            return 2;
                        }
                    }
                }
                default -> {
                    ctx.err.println("linnet diagram: unknown option " + a);
                    ctx.err.println(USAGE);
                    return 2;
                }
            }
        }
        Topology t = Topology.read(ctx.host, group);
        switch (form) {
            case "dot" -> ctx.out.print(Render.dot(t));
            case "mermaid" -> ctx.out.print(Render.mermaid(t));
            case "svg" -> {
                String path = file.startsWith("/") ? file : (ctx.cwd.endsWith("/") ? ctx.cwd : ctx.cwd + "/") + file;
                var vfs = ctx.host.vfs();
                try {
                    linnet.kernel.core.Errno e = vfs.openForWriteError(ctx.ns(), path);
                    if (e != null) throw new KernelException(e);
                    vfs.openForWrite(ctx.ns(), path, true);
                    vfs.append(ctx.ns(), path, Render.svg(t));
                } catch (KernelException e) {
                    ctx.err.println("linnet diagram: " + file + ": " + e.errno.text);
                    return 1;
                }
            }
            default -> ctx.out.print(Render.ascii(t));
        }
        return 0;
    }
}
