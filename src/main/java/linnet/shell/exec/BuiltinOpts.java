package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's internal_getopt for its builtins (bashgetopt.c): flags may be bundled (-ra), an
 * option's argument may be attached (-d,) or the next word, "--" ends the options and so does
 * the first word that is not an option ("-" alone is one of those). A bad option prints
 * "-X: invalid option" or "-X: option requires an argument" and then the builtin's usage line,
 * which (builtin_usage) has no shell-name prefix; the builtin returns 2 (EX_USAGE).
 */
final class BuiltinOpts {
    /** One option met, in order; arg is null for a flag. */
    record Opt(char name, String arg) {}

    final List<Opt> opts = new ArrayList<>();
    /** The words after the options. */
    List<String> operands = List.of();

    private BuiltinOpts() {}

    /**
     * @param spec the option letters, a ':' after one that takes an argument
     * @return null when an error was reported (the builtin then returns 2)
     */
    static BuiltinOpts parse(Shell sh, String cmd, List<String> args, String spec, String usage) {
        BuiltinOpts r = new BuiltinOpts();
        int i = 0;
        while (i < args.size()) {
            String w = args.get(i);
            if (w.length() < 2 || w.charAt(0) != '-') break;
            if (w.equals("--")) { i++; break; }
            i++;
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                int at = c == ':' ? -1 : spec.indexOf(c);
                if (at < 0) {
                    sh.error(cmd + ": -" + c + ": invalid option");
                    sh.err.println(cmd + ": usage: " + usage);
                    return null;
                }
                if (at + 1 < spec.length() && spec.charAt(at + 1) == ':') {
                    String arg;
                    if (k + 1 < w.length()) arg = w.substring(k + 1);
                    else if (i < args.size()) arg = args.get(i++);
                    else {
                        sh.error(cmd + ": -" + c + ": option requires an argument");
                        sh.err.println(cmd + ": usage: " + usage);
                        return null;
                    }
                    r.opts.add(new Opt(c, arg));
                    break;
                }
                r.opts.add(new Opt(c, null));
            }
        }
        r.operands = args.subList(i, args.size());
        return r;
    }
}
