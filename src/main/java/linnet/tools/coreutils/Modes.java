package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;

/**
 * File mode changes as chmod(1) and mkdir -m take them (gnulib's modechange): an octal number, or
 * comma-separated symbolic clauses {@code [ugoa]*([-+=]([rwxXst]*|[ugo]))+}. A clause without
 * {@code ugoa} leaves the umask's bits alone.
 */
public final class Modes {
    /** One operator of a clause: who it affects, the op, the bits or the class to copy, whether the umask masks it. */
    private record Change(int affected, char op, int bits, boolean ifAnyX, int copyShift, boolean masked) {}

    private final List<Change> changes;
    /** An octal mode sets exactly its bits. */
    private final Integer octal;

    private Modes(List<Change> changes, Integer octal) {
        this.changes = changes;
        this.octal = octal;
    }

    /** The parsed mode, or null when {@code spec} is no mode ("invalid mode"). */
    static Modes compile(String spec) {
        if (!spec.isEmpty() && spec.chars().allMatch(c -> c >= '0' && c <= '7')) {
            long v = 0;
            for (char c : spec.toCharArray()) {
                v = v * 8 + (c - '0');
                if (v > 07777) return null;
            }
            return new Modes(List.of(), (int) v);
        }
        List<Change> out = new ArrayList<>();
        for (String clause : spec.split(",", -1)) {
            int i = 0;
            int who = 0;
            for (; i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0; i++) {
                who |= switch (clause.charAt(i)) {
                    case 'u' -> 04700;
                    case 'g' -> 02070;
                    case 'o' -> 01007;
                    default -> 07777;
                };
            }
            if (i == clause.length()) return null;
            boolean masked = who == 0;
            int affected = masked ? 07777 : who;
            while (i < clause.length()) {
                char op = clause.charAt(i++);
                if ("+-=".indexOf(op) < 0) return null;
                int bits = 0;
                boolean ifAnyX = false;
                int copy = -1;
                if (i < clause.length() && "ugo".indexOf(clause.charAt(i)) >= 0) {
                    copy = switch (clause.charAt(i++)) {
                        case 'u' -> 6;
                        case 'g' -> 3;
                        default -> 0;
                    };
                } else {
                    for (; i < clause.length() && "rwxXst".indexOf(clause.charAt(i)) >= 0; i++) {
                        switch (clause.charAt(i)) {
                            case 'r' -> bits |= 0444;
                            case 'w' -> bits |= 0222;
                            case 'x' -> bits |= 0111;
                            case 'X' -> ifAnyX = true;
                            case 's' -> bits |= 06000;
                            default -> bits |= 01000;
                        }
                    }
                }
                out.add(new Change(affected, op, bits, ifAnyX, copy, masked));
            }
        }
        return new Modes(out, null);
    }

    /** The new mode of a file with {@code mode} (its permission bits), under umask {@code umask}. */
    int apply(int mode, boolean dir, int umask) {
        if (octal != null) return octal;
        int m = mode & 07777;
        for (Change c : changes) {
            int value;
            if (c.copyShift >= 0) {
                int perms = (m >> c.copyShift) & 7;
                value = perms << 6 | perms << 3 | perms;
            } else {
                value = c.bits;
                if (c.ifAnyX && (dir || (m & 0111) != 0)) value |= 0111;
            }
            value &= c.affected;
            if (c.masked) value &= ~umask;
            m = switch (c.op) {
                case '+' -> m | value;
                case '-' -> m & ~value;
                default -> {
                    int cleared = c.masked ? 07777 : c.affected;
                    // a directory keeps its set-id bits unless the clause names them
                    if (dir && (c.bits & 06000) == 0) cleared &= ~06000;
                    yield (m & ~cleared) | value;
                }
            };
        }
        return m;
    }

    /** Whether the umask can change the outcome (a clause without ugoa: chmod checks for surprises). */
    boolean umaskMatters() {
        for (Change c : changes) if (c.masked) return true;
        return false;
    }

    /** ls -l's nine rwx letters (with s/S, t/T) of the permission bits. */
    public static String rwx(int mode) {
        char[] s = new char[9];
        String l = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) s[i] = (mode & (0400 >> i)) != 0 ? l.charAt(i) : '-';
        if ((mode & 04000) != 0) s[2] = s[2] == 'x' ? 's' : 'S';
        if ((mode & 02000) != 0) s[5] = s[5] == 'x' ? 's' : 'S';
        if ((mode & 01000) != 0) s[8] = s[8] == 'x' ? 't' : 'T';
        return new String(s);
    }
}
