package linnet.tools.fs;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * /usr/bin/echo of coreutils (the program, which xargs, env and ip netns exec run; bash has its
 * own builtin): leading words made only of -n, -e, -E are options, -e reads backslash escapes
 * (\c ends all output, \0NNN and \NNN octal, \xHH hex). Redirections are done by the shell.
 */
public final class Echo implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean newline = true, escapes = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.length() < 2 || a.charAt(0) != '-' || !a.substring(1).chars().allMatch(c -> "neE".indexOf(c) >= 0)) break;
            for (char c : a.substring(1).toCharArray()) {
                if (c == 'n') newline = false;
                else escapes = c == 'e';
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = i; k < args.size(); k++) {
            if (k > i) out.append(' ');
            if (!escapes) {
                out.append(args.get(k));
                continue;
            }
            if (!unescape(args.get(k), out)) {
                ctx.out.print(out);
                ctx.out.flush();
                return 0;
            }
        }
        if (newline) out.append('\n');
        ctx.out.print(out);
        ctx.out.flush();
        return 0;
    }

    /** Appends s with its escapes read; false at \c, where all output stops. */
    private static boolean unescape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'c' -> { return false; }
                case 'e' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    int v = 0, k = 0;
                    while (k < 2 && i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0) {
                        v = v * 16 + Character.digit(s.charAt(++i), 16);
                        k++;
                    }
                    if (k == 0) out.append("\\x");
                    else out.append((char) v);
                }
                default -> {
                    if (n < '0' || n > '7') {
                        out.append('\\').append(n);
                        break;
                    }
                    // \0NNN: the 0 is not a digit of the number; \NNN: it is
                    int v = n == '0' ? 0 : n - '0', k = n == '0' ? 0 : 1;
                    while (k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + s.charAt(++i) - '0';
                        k++;
                    }
                    out.append((char) (v & 0xff));
                }
            }
        }
        return true;
    }
}
