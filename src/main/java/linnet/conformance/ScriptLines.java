package linnet.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of a scenario script, as run-kernel reads it: every line that is not blank
 * and whose first non-blank character is not '#' makes one "$ LINE" block of the transcript,
 * in order. This is what ties a transcript block back to the script line that produced it.
 */
public final class ScriptLines {
    private ScriptLines() {}

    /** A command line: its 1-based line number in the script and its text as written. */
    public record Line(int number, String text) {}

    public static List<Line> commands(String script) {
        List<Line> out = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            out.add(new Line(i + 1, lines[i]));
        }
        return out;
    }

    /**
     * For each line of a transcript, the index of the command block it belongs to (-1 before
     * the first "$ " line). A block starts at a "$ " line that is the next expected command, so
     * that output which itself starts with "$ " is not mistaken for a new block.
     */
    public static int[] blocks(String transcript, List<Line> commands) {
        List<String> lines = new ArrayList<>(List.of(transcript.split("\n", -1)));
        if (lines.getLast().isEmpty()) lines.removeLast();
        int[] block = new int[lines.size()];
        int current = -1;
        for (int i = 0; i < lines.size(); i++) {
            int next = current + 1;
            if (next < commands.size() && lines.get(i).equals("$ " + commands.get(next).text())) current = next;
            block[i] = current;
        }
        return block;
    }
}
