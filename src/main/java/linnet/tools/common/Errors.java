package linnet.tools.common;

import linnet.kernel.core.KernelException;

/** iproute2's wording for failures (lib/utils.c, lib/libnetlink.c), in one place. */
public final class Errors {
    private Errors() {}

    /** A netlink error: the extack message as "Error: ...", else "RTNETLINK answers: strerror". Exit 2. */
    public static int rtnl(Ctx ctx, KernelException e) {
        if (e.extack != null) {
            String m = e.extack;
            ctx.err.println("Error: " + (m.endsWith(".") ? m : m + "."));
        } else {
            ctx.err.println("RTNETLINK answers: " + e.errno.text);
        }
        return 2;
    }

    /** A failed dump request (the "Dump terminated" that follows an extack on a dump). */
    public static int dump(Ctx ctx, KernelException e) {
        rtnl(ctx, e);
        ctx.err.println("Dump terminated");
        return 2;
    }

    public static ToolExit cannotFindDevice(Ctx ctx, String dev) {
        ctx.err.println("Cannot find device \"" + dev + "\"");
        // nodev() is returned by the command, not exit()ed
        return ToolExit.returning(1);
    }

    public static ToolExit deviceDoesNotExist(Ctx ctx, String dev) {
        ctx.err.println("Device \"" + dev + "\" does not exist.");
        return ToolExit.returning(1);
    }

    /** invarg(): `Error: argument "X" is wrong: MSG` (exit 255, iproute2's exit(-1)). */
    public static ToolExit invarg(Ctx ctx, String msg, String arg) {
        ctx.err.println("Error: argument \"" + arg + "\" is wrong: " + msg);
        return new ToolExit(255);
    }

    /** duparg(): `Error: duplicate "KEY": "ARG" is the second value.` (exit 255). */
    public static ToolExit duparg(Ctx ctx, String key, String arg) {
        ctx.err.println("Error: duplicate \"" + key + "\": \"" + arg + "\" is the second value.");
        return new ToolExit(255);
    }

    /** duparg2 / "Error: either "dev" is duplicate, or "x" is a garbage." */
    public static ToolExit duparg2(Ctx ctx, String key, String arg) {
        ctx.err.println("Error: either \"" + key + "\" is duplicate, or \"" + arg + "\" is a garbage.");
        return new ToolExit(255);
    }

    public static ToolExit incomplete(Ctx ctx) {
        ctx.err.println("Command line is not complete. Try option \"help\"");
        return new ToolExit(255);
    }

    /** get_prefix failure: `Error: any valid prefix is expected rather than "X".` */
    public static ToolExit badPrefix(Ctx ctx, String arg) { return badPrefix(ctx, 0, arg); }

    /** get_prefix failure for a request of {@code family} (family_name_verbose: any valid, inet, inet6). */
    public static ToolExit badPrefix(Ctx ctx, int family, String arg) {
        String f = family == 2 ? "inet" : family == 10 ? "inet6" : "any valid";
        ctx.err.println("Error: " + f + " prefix is expected rather than \"" + arg + "\".");
        return new ToolExit(1);
    }

    /** `Error: an inet address is expected rather than "X".` */
    public static ToolExit badAddress(Ctx ctx, String arg) {
        ctx.err.println("Error: an inet address is expected rather than \"" + arg + "\".");
        return new ToolExit(1);
    }
}
