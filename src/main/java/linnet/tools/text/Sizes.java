package linnet.tools.text;

/**
 * Counts as coreutils reads them (xstrtoumax with the "bkKmMGTPEZY" multipliers, kB = 1000,
 * KiB = K = 1024): head -n 1k, tail -c 2M. Values past 2^63 saturate, as a count that large
 * means "everything" to head and tail anyway.
 */
final class Sizes {
    private Sizes() {}

    /** The count, or -1 when the text is not one. */
    static long parse(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == 0) return -1;
        long v;
        try {
            v = Long.parseLong(s.substring(0, i));
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        String suf = s.substring(i);
        if (suf.isEmpty()) return v;
        long mult;
        char c = suf.charAt(0);
        String rest = suf.substring(1);
        int base;
        if (rest.isEmpty()) base = 1024;
        else if (rest.equals("B")) base = 1000;
        else if (rest.equals("iB")) base = 1024;
        else return -1;
        int pow = "KMGTPEZY".indexOf(Character.toUpperCase(c)) + 1;
        if (c == 'b' && rest.isEmpty()) mult = 512;
        else if (c == 'k' && rest.isEmpty() || pow > 0 && (c != 'k' || base == 1000 || rest.isEmpty())) {
            if (c == 'k') pow = 1;
            if (Character.isLowerCase(c) && c != 'k') return -1;
            mult = 1;
            for (int k = 0; k < pow; k++) {
                if (mult > Long.MAX_VALUE / base) return Long.MAX_VALUE;
                mult *= base;
            }
        } else return -1;
        return v > Long.MAX_VALUE / mult ? Long.MAX_VALUE : v * mult;
    }
}
