package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * The text tools' languages: sed scripts, awk programs, grep patterns. The input's first line is
 * the option words (may be empty), the rest is the script/program/pattern (one argument, newlines
 * and all), run over a small file. A bad script gets the tool's error text and status 1/2.
 */
class TextFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    private static void run(String tool, byte[] data) {
        String text = Fuzz.text(data);
        List<String> opts = Fuzz.words(text);
        String prog = Fuzz.rest(text);
        Fuzz.Box box = Fuzz.Box.light();
        String line = tool + (opts.isEmpty() ? "" : " " + Fuzz.commandLine(opts)) + " -- " + Fuzz.quote(prog) + " /tmp/words";
        Fuzz.check(box, line, false);
    }

    @FuzzTest
    void sed(byte[] data) { run("sed", data); }

    @FuzzTest
    void awk(byte[] data) { run("awk", data); }

    @FuzzTest
    void grep(byte[] data) { run("grep", data); }
}
