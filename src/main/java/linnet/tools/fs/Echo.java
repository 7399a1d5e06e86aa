package linnet.tools.fs;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** echo(1). Redirections are done by the shell, not here. */
public final class Echo implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        ctx.out.println(String.join(" ", args));
        return 0;
    }
}
