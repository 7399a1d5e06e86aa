package linnet.shell;

import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.lab.Machine;
import linnet.tools.common.Ctx;

/**
 * {@code ssh [OPTIONS] [USER@]NODE [COMMAND...]} between the machines of a lab file. As OpenSSH
 * does, the words of COMMAND are joined with blanks into one line that the node's shell runs
 * ({@code bash -c LINE} in its root namespace, in root's home); its output and exit status come
 * back. Without COMMAND the node's shell reads what follows: the next lines of the script or the
 * terminal, until {@code exit}, the way {@code ip netns exec NS bash} nests. The connection is the
 * lab's management network (containerlab reaches its nodes by name the same way), not the
 * emulated cables, so ssh works whatever the nodes' interfaces and routes are.
 */
final class SshCommand {
    private final Lab lab;
    private final Programs programs;

    SshCommand(Lab lab, Programs programs) {
        this.lab = lab;
        this.programs = programs;
    }

    /** OpenSSH's options that take an argument (ssh.c's getopt string). */
    private static final String WITH_ARG = "BbcDEeFIiJLlmOopQRSWw";
    private static final String FLAGS = "46AaCfGgKkMNnqsTtVvXxYy";

    private static final String USAGE = """
            usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
                       [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
                       [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
                       [-i identity_file] [-J [user@]host[:port]] [-L address]
                       [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
                       [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
                       [-w local_tun[:remote_tun]] destination [command [argument ...]]
            """;

    int run(Ctx ctx, List<String> args) {
        int i = 0;
        boolean quiet = false;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String a = args.get(i++);
            if (a.equals("--")) break;
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (WITH_ARG.indexOf(c) >= 0) {
                    if (k + 1 == a.length() && i >= args.size()) {
                        ctx.err.println("option requires an argument -- " + c);
                        return usage(ctx);
                    }
                    if (k + 1 == a.length()) i++;
                    break;
                }
                if (FLAGS.indexOf(c) < 0) {
                    ctx.err.println("unknown option -- " + c);
                    return usage(ctx);
                }
                if (c == 'q') quiet = true;
            }
        }
        if (i >= args.size()) return usage(ctx);
        String dest = args.get(i++);
        String node = dest.contains("@") ? dest.substring(dest.lastIndexOf('@') + 1) : dest;
        Machine m = lab.node(node);
        if (m == null) {
            if (node.matches("[0-9.]+") || node.contains(":")) {
                // an address: nothing listens on port 22 of the emulated stacks
                ctx.err.println("ssh: connect to host " + node + " port 22: Connection refused");
            } else {
                ctx.err.println("ssh: Could not resolve hostname " + node.toLowerCase() + ": Name or service not known");
            }
            return 255;
        }
        Ctx remote = new Ctx(m.host, m.kernel.initNet(), m.kernel.initNet(), ctx.out, ctx.err, programs, ctx.stdin(), "/root",
                Ctx.DEFAULT_ENV).withTty(ctx.tty).withStdinPipe(ctx.stdinPipe);
        List<String> argv = new ArrayList<>();
        argv.add("bash");
        if (i < args.size()) {
            argv.add("-c");
            argv.add(String.join(" ", args.subList(i, args.size())));
            return programs.run(remote, argv);
        }
        boolean terminal = ctx.stdinIsNull() && ctx.tty != null && ctx.tty.isTerminal();
        // lines typed ahead of a script are a terminal's input too: only a file or pipe gets no pty
        boolean pty = ctx.stdinIsNull() && ctx.tty != null;
        if (!pty && !quiet) ctx.err.println("Pseudo-terminal will not be allocated because stdin is not a terminal.");
        // no terminal and nothing to read (stdin /dev/null): the login shell reads end-of-file at once
        if (ctx.stdinIsNull() && ctx.tty == null) remote = remote.withIo(ctx.out, new byte[0]);
        int rc = programs.run(remote, argv);
        if (terminal && !quiet) ctx.err.println("Connection to " + node + " closed.");
        return rc;
    }

    private static int usage(Ctx ctx) {
        // OpenSSH 9.2p1 (Debian 12)'s usage text
        ctx.err.print(USAGE);
        return 255;
    }
}
