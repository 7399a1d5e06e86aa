package linnet.tools.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import linnet.lab.Lab;
import linnet.shell.Programs;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;
import org.junit.jupiter.api.DynamicTest;

/**
 * Table tests recorded from the oracle machine's real tool (scripts/record-text-cases): each case
 * is args and stdin, and what the real program printed on stdout and stderr and its exit status.
 */
public final class TextCases {
    record Case(List<String> args, String stdin, String out, String err, int rc) {}

    private TextCases() {}

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case '\\' -> b.append('\\');
                    default -> b.append('\\').append(n);
                }
            } else b.append(c);
        }
        return b.toString();
    }

    static List<Case> load(String resource) {
        String text;
        try (InputStream in = TextCases.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + resource, e);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            List<String> args = new ArrayList<>();
            String stdin = "", out = null, err = null;
            int rc = -1;
            for (String line : block.split("\n")) {
                int tab = line.indexOf('\t');
                String key = tab < 0 ? line : line.substring(0, tab), val = tab < 0 ? "" : line.substring(tab + 1);
                switch (key) {
                    case "args" -> { if (tab >= 0) for (String a : val.split("\t", -1)) args.add(unescape(a)); }
                    case "stdin" -> stdin = unescape(val);
                    case "out" -> out = unescape(val);
                    case "err" -> err = unescape(val);
                    case "rc" -> rc = Integer.parseInt(val);
                    default -> { }
                }
            }
            if (out != null) cases.add(new Case(args, stdin, out, err, rc));
        }
        return cases;
    }

    /** Runs {@code tool} as {@code name} on each case in a bare lab and compares all three results. */
    public static Stream<DynamicTest> tests(String resource, String name, Tool tool) {
        return load(resource).stream().map(c -> DynamicTest.dynamicTest(name + " " + String.join(" ", c.args()), () -> {
            Lab lab = new Lab(1, Lab.Profile.BARE);
            var host = lab.main.host;
            var net = host.kernel().initNet();
            ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
            PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8), pe = new PrintStream(e, true, StandardCharsets.UTF_8);
            Ctx ctx = new Ctx(host, net, net, po, pe, new Programs(), c.stdin().isEmpty() ? null : c.stdin().getBytes(StandardCharsets.UTF_8));
            int rc;
            try {
                rc = tool.run(ctx, c.args());
            } catch (ToolExit x) {
                rc = x.status;
            }
            po.flush();
            pe.flush();
            String what = name + " " + c.args() + " <<< " + c.stdin();
            assertEquals(c.err(), e.toString(StandardCharsets.UTF_8), what + ": stderr");
            assertEquals(c.out(), o.toString(StandardCharsets.UTF_8), what + ": stdout");
            assertEquals(c.rc(), rc, what + ": status");
        }));
    }
}
