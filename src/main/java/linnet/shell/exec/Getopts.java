package linnet.shell.exec;

import java.util.List;

/**
 * The getopts builtin (builtins/getopts.def over sh_getopt): one option per call from the
 * positional parameters (or the words given), OPTIND naming the next word, a position inside a
 * bundle (-ab) kept between calls. An unknown option or a missing argument is "?" with bash's
 * message, or with a leading ':' in the option string silent: "?" or ":" and OPTARG the letter.
 */
final class Getopts {
    /** Where in the word OPTIND names the next option letter is (sh_getopt's sp). */
    private int charIndex = 1;
    /** The OPTIND this class last set: a script resetting OPTIND starts over. */
    private int lastOptind = 1;

    int run(Shell sh, List<String> a) {
        if (a.size() < 2) {
            sh.err.println("getopts: usage: getopts optstring name [arg ...]");
            return 2;
        }
        String spec = a.get(0);
        String name = a.get(1);
        List<String> args = a.size() > 2 ? a.subList(2, a.size()) : sh.positional();
        boolean silent = spec.startsWith(":");
        int optind;
        try {
            optind = Integer.parseInt(String.valueOf(sh.vars.get("OPTIND")).strip());
        } catch (NumberFormatException e) {
            optind = 1;
        }
        if (optind < 1) optind = 1;
        if (optind != lastOptind) charIndex = 1;
        if (charIndex == 1) {
            String w = optind <= args.size() ? args.get(optind - 1) : null;
            if (w == null || !w.startsWith("-") || w.equals("-")) return done(sh, name, optind);
            if (w.equals("--")) return done(sh, name, optind + 1);
        }
        String w = args.get(optind - 1);
        char c = w.charAt(charIndex++);
        boolean endOfWord = charIndex >= w.length();
        int at = c == ':' ? -1 : spec.indexOf(c);
        if (at < 0) {
            if (endOfWord) { optind++; charIndex = 1; }
            if (silent) sh.assign("OPTARG", String.valueOf(c));
            else {
                sh.err.println(sh.name + ": illegal option -- " + c);
                sh.vars.unset("OPTARG");
            }
            return found(sh, name, "?", optind);
        }
        if (at + 1 < spec.length() && spec.charAt(at + 1) == ':') {
            String arg;
            if (!endOfWord) arg = w.substring(charIndex);
            else if (optind < args.size()) arg = args.get(optind++);
            else {
                optind++;
                charIndex = 1;
                if (silent) {
                    sh.assign("OPTARG", String.valueOf(c));
                    return found(sh, name, ":", optind);
                }
                sh.err.println(sh.name + ": option requires an argument -- " + c);
                sh.vars.unset("OPTARG");
                return found(sh, name, "?", optind);
            }
            optind++;
            charIndex = 1;
            sh.assign("OPTARG", arg);
            return found(sh, name, String.valueOf(c), optind);
        }
        if (endOfWord) { optind++; charIndex = 1; }
        sh.vars.unset("OPTARG");
        return found(sh, name, String.valueOf(c), optind);
    }

    private int found(Shell sh, String name, String value, int optind) {
        setOptind(sh, optind);
        sh.assign(name, value);
        return 0;
    }

    private int done(Shell sh, String name, int optind) {
        setOptind(sh, optind);
        charIndex = 1;
        sh.vars.unset("OPTARG");
        sh.assign(name, "?");
        return 1;
    }

    private void setOptind(Shell sh, int optind) {
        lastOptind = optind;
        sh.assign("OPTIND", Integer.toString(optind));
    }
}
