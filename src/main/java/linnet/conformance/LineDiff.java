package linnet.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as {@code diff -u}: 3 lines of context, hunks closer than 6 lines
 * merged) of two texts, line by line, from a longest common subsequence.  The common
 * head and tail are cut off first, so the quadratic table only covers the part that
 * differs - a transcript usually differs in a few places.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 16_000_000;

    private LineDiff() {}

    /** The diff lines (no line terminators), empty when the texts are equal. */
    public static List<String> unified(String oldText, String newText, String oldLabel, String newLabel) {
        return unified(oldText, newText, oldLabel, newLabel, null);
    }

    /**
     * Says what a hunk belongs to: given the 0-based index in the old text of the hunk's first
     * changed line (for a pure insertion, the old line the insertion follows, or -1 before the
     * first), a short text appended to the "@@ ... @@" header, as diff -p does with a function
     * name; null for none.
     */
    @FunctionalInterface
    public interface HunkContext {
        String of(int oldIndex);
    }

    /** {@link #unified(String, String, String, String)} with a label after each hunk header. */
    public static List<String> unified(String oldText, String newText, String oldLabel, String newLabel,
                                       HunkContext context) {
        List<String> a = lines(oldText), b = lines(newText);
        List<Op> ops = script(a, b);
        List<String> out = new ArrayList<>();
        if (ops.stream().allMatch(op -> op.kind == ' ')) return out;
        out.add("--- " + oldLabel);
        out.add("+++ " + newLabel);
        int i = 0, floor = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') { i++; continue; }
            // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last
            // change that is followed by fewer than 2*CONTEXT+1 unchanged lines; with a
            // context, a change that belongs to something else starts a hunk of its own
            String label = context == null ? null : labelOf(ops.get(i), context);
            int start = Math.max(floor, i - CONTEXT);
            int end = i;
            while (true) {
                while (end < ops.size() && ops.get(end).kind != ' ') end++;
                int next = end;
                while (next < ops.size() && ops.get(next).kind == ' ') next++;
                boolean near = next < ops.size() && next - end <= 2 * CONTEXT;
                if (near && (context == null || java.util.Objects.equals(label, labelOf(ops.get(next), context)))) {
                    end = next;
                    continue;
                }
                // a split hunk leaves its trailing context to the next one, which starts with its command
                end = near ? end : Math.min(ops.size(), end + CONTEXT);
                break;
            }
            floor = end;
            String head = header(ops, start, end);
            if (label != null) head += " " + label;
            out.add(head);
            for (int k = start; k < end; k++) {
                Op op = ops.get(k);
                String text = op.line;
                boolean noNewline = text.endsWith("\u0000");
                if (noNewline) text = text.substring(0, text.length() - 1);
                out.add(op.kind + text);
                if (noNewline) out.add("\\ No newline at end of file");
            }
            i = end;
        }
        return out;
    }

    /** The label of the change at {@code op}: for an insertion, of the old line it follows. */
    private static String labelOf(Op op, HunkContext context) {
        return context.of(op.kind == '-' ? op.oldIndex : op.oldIndex - 1);
    }

    private record Op(char kind, String line, int oldIndex, int newIndex) {}

    private static String header(List<Op> ops, int start, int end) {
        int oldCount = 0, newCount = 0;
        for (int k = start; k < end; k++) {
            if (ops.get(k).kind != '+') oldCount++;
            if (ops.get(k).kind != '-') newCount++;
        }
        Op first = ops.get(start);
        return "@@ -" + range(first.oldIndex, oldCount) + " +" + range(first.newIndex, newCount) + " @@";
    }

    /** diff's range: "l,n", just "l" for one line, and the line before for an empty range. */
    private static String range(int index, int count) {
        if (count == 1) return String.valueOf(index + 1);
        return (count == 0 ? index : index + 1) + "," + count;
    }

    /**
     * The text's lines; a last line without a newline is marked with a trailing NUL so that
     * it differs from the same line with one (as diff's "\ No newline at end of file").
     */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (out.getLast().isEmpty()) out.removeLast();
        else out.set(out.size() - 1, out.getLast() + "\u0000");
        return out;
    }

    /** The edit script: every line of a and b once, as ' ' (both), '-' (only a) or '+' (only b). */
    private static List<Op> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        int n = a.size() - head - tail, m = b.size() - head - tail;
        // beyond this the table would take hundreds of MB: show the middle as replaced wholesale
        boolean tooBig = (long) n * m > MAX_CELLS;
        if (tooBig) { n = 0; m = 0; }
        // lcs[i][j] = length of the LCS of the middle parts a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>(a.size() + b.size());
        for (int k = 0; k < head; k++) ops.add(new Op(' ', a.get(k), k, k));
        int i = 0, j = 0;
        while (i < n || j < m) {
            int ai = head + i, bj = head + j;
            if (i < n && j < m && a.get(ai).equals(b.get(bj))) {
                ops.add(new Op(' ', a.get(ai), ai, bj)); i++; j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(ai), ai, bj)); i++;
            } else {
                ops.add(new Op('+', b.get(bj), ai, bj)); j++;
            }
        }
        if (tooBig) {
            for (int k = head; k < a.size() - tail; k++) ops.add(new Op('-', a.get(k), k, head));
            for (int k = head; k < b.size() - tail; k++) ops.add(new Op('+', b.get(k), a.size() - tail, k));
        }
        for (int k = 0; k < tail; k++) {
            int ai = a.size() - tail + k, bj = b.size() - tail + k;
            ops.add(new Op(' ', a.get(ai), ai, bj));
        }
        return ops;
    }
}
