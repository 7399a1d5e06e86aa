package linnet.tools.ping;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * ping4 and ping6: iputils' ping under another name. The name picks the address family as if
 * -4/-6 came first (so a second family option is "only one -4 or -6 option may be specified"),
 * and error() prefixes every message with the name it was called by; the usage text is fixed.
 */
public final class PingAlias implements Tool {
    private final String name;
    private final String familyOption;
    private final Ping ping = new Ping();

    public PingAlias(String name, String familyOption) {
        this.name = name;
        this.familyOption = familyOption;
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        List<String> a = new ArrayList<>();
        a.add(familyOption);
        a.addAll(args);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int rc = ping.run(ctx.withErr(e), a);
        e.flush();
        for (String line : err.toString(StandardCharsets.UTF_8).split("(?<=\n)")) {
            ctx.err.print(line.startsWith("ping: ") ? name + line.substring(4) : line);
        }
        return rc;
    }
}
