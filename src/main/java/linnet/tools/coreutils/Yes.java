package linnet.tools.coreutils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.text.GnuOpts;

/**
 * yes(1), GNU coreutils 9.1: its operands joined by spaces (or "y"), a line at a time, until the
 * reader goes away. linnet runs the stages of a pipeline one after the other, each on the whole
 * output of the one before, so no reader can go away while yes writes: yes stops by itself after
 * {@link #LIMIT} bytes and ends as Linux's does when `head` has closed the pipe, killed by SIGPIPE
 * (status 141, what PIPESTATUS shows). What `yes | head -3` or `yes | sed 5q` print is Linux's;
 * a reader that wants more than the bound (`yes | wc -l`, endless on Linux) sees it end there.
 */
public final class Yes implements linnet.tools.common.Tool {
    /** The bytes yes writes before it takes the reader to be gone: 4 MiB. */
    public static final int LIMIT = 4 << 20;

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("yes", "", 1).longOpt("help", 0, "help").longOpt("version", 0, "version").parse(ctx, args);
        for (GnuOpts.Opt opt : o.opts) {
            if (opt.key().equals("help")) {
                ctx.out.print("""
                        Usage: yes [STRING]...
                          or:  yes OPTION
                        Repeatedly output a line with all specified STRING(s), or 'y'.

                              --help        display this help and exit
                              --version     output version information and exit

                        GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
                        Report any translation bugs to <https://translationproject.org/team/>
                        Full documentation <https://www.gnu.org/software/coreutils/yes>
                        or available locally via: info '(coreutils) yes invocation'
                        """);
                return 0;
            }
            ctx.out.print("""
                    yes (GNU coreutils) 9.1
                    Copyright (C) 2022 Free Software Foundation, Inc.
                    License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
                    This is free software: you are free to change and redistribute it.
                    There is NO WARRANTY, to the extent permitted by law.

                    Written by David MacKenzie.
                    """);
            return 0;
        }
        String line = (o.operands.isEmpty() ? "y" : String.join(" ", o.operands)) + "\n";
        byte[] one = line.getBytes(StandardCharsets.UTF_8);
        // whole lines, as many as fit in the bound
        int n = Math.max(1, LIMIT / one.length);
        byte[] all = new byte[n * one.length];
        for (int i = 0; i < n; i++) System.arraycopy(one, 0, all, i * one.length, one.length);
        ctx.out.write(all, 0, all.length);
        ctx.out.flush();
        return 128 + 13;
    }
}
