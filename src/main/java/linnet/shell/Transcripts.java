package linnet.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;

/** Runs a whole script and produces the conformance transcript format. */
public final class Transcripts {
    private Transcripts() {}

    /** @param script the script text; @param bare start from the bare profile; @param seed RNG seed */
    public static String transcript(String script, boolean bare, long seed) {
        return transcript(script, bare, seed, false);
    }

    /** @param notes read '//' as a comment, the study notes' dialect */
    public static String transcript(String script, boolean bare, long seed, boolean notes) {
        return transcript(script, bare, seed, notes, -1);
    }

    /** @param lineTimeoutMs the wall-clock limit of a line (0: none; negative: the default) */
    public static String transcript(String script, boolean bare, long seed, boolean notes, long lineTimeoutMs) {
        return transcript(script, new Lab(seed, bare ? Lab.Profile.BARE : Lab.Profile.HOST), notes, lineTimeoutMs);
    }

    /** The transcript of a script run on the first node of a lab file's lab. */
    public static String transcript(String script, linnet.lab.LabSpec spec, long seed, boolean notes, long lineTimeoutMs) {
        return transcript(script, new Lab(seed, spec), notes, lineTimeoutMs);
    }

    private static String transcript(String script, Lab lab, boolean notes, long lineTimeoutMs) {
        ScriptRunner runner = new ScriptRunner(lab, notes);
        if (lineTimeoutMs >= 0) runner.setLineTimeoutMs(lineTimeoutMs);
        StringBuilder sb = new StringBuilder();
        // a node's exec command that failed shows first, as linnet run prints it
        for (String e : runner.bootErrors()) sb.append(e).append('\n');
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream merged = new PrintStream(buf, true, StandardCharsets.UTF_8);
        for (String line : script.split("\n", -1)) {
            if (!runner.runs(line)) continue;
            buf.reset();
            int rc = runner.runLine(line, merged, merged);
            merged.flush();
            sb.append("$ ").append(line).append('\n');
            String out = buf.toString(StandardCharsets.UTF_8);
            sb.append(out);
            if (!out.isEmpty() && !out.endsWith("\n")) sb.append('\n');
            if (rc != 0) sb.append("[exit ").append(rc).append("]\n");
        }
        runner.finish();
        return sb.toString();
    }
}
