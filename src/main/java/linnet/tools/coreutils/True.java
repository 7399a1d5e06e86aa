package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * /usr/bin/true and /usr/bin/false (coreutils): the status and nothing else, whatever the
 * arguments. They are programs as well as bash builtins so that what execs a program
 * (ip netns exec NS false, xargs true, env false) finds them.
 */
public final class True implements Tool {
    private final int status;

    /** @param status 0 for true, 1 for false */
    public True(int status) { this.status = status; }

    @Override
    public int run(Ctx ctx, List<String> args) { return status; }
}
