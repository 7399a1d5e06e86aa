package linnet.tools.common;

import java.util.List;

/** A user-space program: gets its argv (without the program name), returns its exit status. */
@FunctionalInterface
public interface Tool {
    int run(Ctx ctx, List<String> args);
}
