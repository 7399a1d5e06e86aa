package linnet.tools.jq;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * jq(1) as Debian 12's jq 1.6: options as its main.c reads them (short options stacked, later
 * --indent/-c/--tab overriding earlier ones, the first --arg of a name winning), inputs from
 * files or standard input read one value at a time, results printed as each is produced, and
 * its exit statuses: 5 after a runtime error, 3 for a program that does not compile, 2 for bad
 * options, unreadable files or input that is not JSON, and with -e 1 when the last result was
 * false or null, 4 when there was none. Standard output is never a terminal, so there is colour only with -C (jq's default colours or $JQ_COLORS).
 *
 * <p>Standard output is block-buffered in 4096-byte blocks as glibc buffers a pipe, while error
 * messages go out at once, so a merged transcript shows them in the real order.
 */
public final class Jq implements Tool {
    private static final int RAW_OUTPUT = 1, SLURP = 2, NULL_INPUT = 4, RAW_INPUT = 8, RAW_NO_LF = 16,
            EXIT_STATUS = 32, ASCII = 64, SORT = 128, SEQ = 256, FROM_FILE = 512, EXIT_EXACT = 1024, STREAM = 2048;
    /** Status when the input is not valid JSON; its value is main.c's. */
    static final int PARSE_ERROR_STATUS = 4;

    private static volatile Ast.FuncDefs prelude;

    /** The prelude parsed once; its definitions become the outermost scope of every program. */
    private static Ast.FuncDefs prelude() {
        if (prelude == null) {
            try {
                prelude = (Ast.FuncDefs) JqParser.parse(JqPrelude.SOURCE + " .");
            } catch (JqParser.CompileError e) {
                throw new IllegalStateException("jq prelude: " + e.problems);
            }
        }
        return prelude;
    }

    /** Thrown to end the program with a status (die, usage). */
    private static final class Exit extends RuntimeException {
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        int[] status = {0};
        // jq programs recurse (recurse, walk, user functions): give them a deep stack
        Thread t = new Thread(null, () -> status[0] = new Run(ctx).main(args), "jq", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    /** One execution of jq: its options, output buffer and inputs. */
    private static final class Run implements JqBuiltins.Host {
        private final Ctx ctx;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int options;
        private int indent = 2;
        private boolean color, mono;
        private String[] colors;
        private JsonReader reader;
        private List<String> rawLines;
        private int rawNext;
        private boolean inputStarted;
        private String lastFile;

        Run(Ctx ctx) { this.ctx = ctx; }

        private void out(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (pending.size() + b.length <= 4096) {
                pending.writeBytes(b);
                return;
            }
            // glibc: fill and write the buffer, write whole blocks straight through, keep the tail
            pending.writeBytes(b);
            byte[] all = pending.toByteArray();
            int flush = all.length / 4096 * 4096;
            ctx.out.write(all, 0, flush);
            ctx.out.flush();
            pending.reset();
            pending.write(all, flush, all.length - flush);
        }

        private void flushOut() {
            ctx.out.write(pending.toByteArray(), 0, pending.size());
            ctx.out.flush();
            pending.reset();
        }

        private void err(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            ctx.err.write(b, 0, b.length);
            ctx.err.flush();
        }

        private Exit die() {
            err(JqUsage.SHORT);
            return new Exit(2);
        }

        private static boolean optish(String a) {
            return a.length() > 1 && a.charAt(0) == '-' && (a.charAt(1) == '-' || Character.isLetter(a.charAt(1)));
        }

        /** main.c's isoption: a long name exactly, or the letter anywhere in a short cluster (counted). */
        private static boolean isOption(String a, char shortOpt, String longOpt, int[] shortCount) {
            if (a.startsWith("--")) return a.substring(2).equals(longOpt);
            if (shortOpt == 0) return false;
            if (a.indexOf(shortOpt) >= 0) {
                shortCount[0]++;
                return true;
            }
            return false;
        }

        int main(List<String> argv) {
            try {
                int rc = mainInner(argv);
                flushOut();
                return rc;
            } catch (Exit e) {
                flushOut();
                return e.status;
            }
        }

        private int mainInner(List<String> argv) {
            String program = null;
            List<String> files = new ArrayList<>();
            List<Object> positional = new ArrayList<>();
            Map<String, Object> named = new LinkedHashMap<>();
            boolean stringArgs = false, jsonArgs = false, argsDone = false;
            for (int i = 0; i < argv.size(); i++) {
                String a = argv.get(i);
                if (argsDone || !optish(a) && !a.equals("--")) {
                    if (argsDone || program != null) {
                        if (stringArgs) positional.add(a);
                        else if (jsonArgs) positional.add(parseJsonArg(a));
                        else files.add(a);
                    } else program = a;
                    continue;
                }
                if (a.equals("--")) {
                    if (program == null) {
                        err(JqUsage.HELP.substring(JqUsage.HELP.indexOf("Usage:"), JqUsage.HELP.indexOf("\n\njq is")) + "\n");
                        throw die();
                    }
                    argsDone = true;
                    continue;
                }
                int[] n = {0};
                if (isOption(a, 's', "slurp", n)) { options |= SLURP; if (n[0] == 0) continue; }
                if (isOption(a, 'r', "raw-output", n)) { options |= RAW_OUTPUT; if (n[0] == 0) continue; }
                if (isOption(a, 'c', "compact-output", n)) { indent = 0; if (n[0] == 0) continue; }
                if (isOption(a, 'C', "color-output", n)) { color = true; if (n[0] == 0) continue; }
                if (isOption(a, 'M', "monochrome-output", n)) { mono = true; if (n[0] == 0) continue; }
                if (isOption(a, 'a', "ascii-output", n)) { options |= ASCII; if (n[0] == 0) continue; }
                if (isOption(a, (char) 0, "unbuffered", n)) continue;
                if (isOption(a, 'S', "sort-keys", n)) { options |= SORT; if (n[0] == 0) continue; }
                if (isOption(a, 'R', "raw-input", n)) { options |= RAW_INPUT; if (n[0] == 0) continue; }
                if (isOption(a, 'n', "null-input", n)) { options |= NULL_INPUT; if (n[0] == 0) continue; }
                if (isOption(a, 'f', "from-file", n)) { options |= FROM_FILE; if (n[0] == 0) continue; }
                if (isOption(a, 'j', "join-output", n)) { options |= RAW_OUTPUT | RAW_NO_LF; if (n[0] == 0) continue; }
                if (isOption(a, (char) 0, "tab", n)) { indent = JsonPrinter.TAB; continue; }
                if (isOption(a, (char) 0, "indent", n)) {
                    if (i >= argv.size() - 1) {
                        err("jq: --indent takes one parameter\n");
                        throw die();
                    }
                    int v = atoi(argv.get(i + 1));
                    if (v < -1 || v > 7) {
                        err("jq: --indent takes a number between -1 and 7\n");
                        throw die();
                    }
                    indent = v == -1 ? JsonPrinter.TAB : v;
                    i++;
                    continue;
                }
                if (isOption(a, (char) 0, "seq", n)) { options |= SEQ; continue; }
                if (isOption(a, (char) 0, "stream", n)) { options |= STREAM; continue; }
                if (isOption(a, 'e', "exit-status", n)) { options |= EXIT_STATUS; if (n[0] == 0) continue; }
                if (isOption(a, (char) 0, "args", n)) { stringArgs = true; jsonArgs = false; continue; }
                if (isOption(a, (char) 0, "jsonargs", n)) { stringArgs = false; jsonArgs = true; continue; }
                if (isOption(a, (char) 0, "arg", n)) {
                    if (i >= argv.size() - 2) {
                        err("jq: --arg takes two parameters (e.g. --arg varname value)\n");
                        throw die();
                    }
                    named.putIfAbsent(argv.get(i + 1), argv.get(i + 2));
                    i += 2;
                    continue;
                }
                if (isOption(a, (char) 0, "argjson", n)) {
                    if (i >= argv.size() - 2) {
                        err("jq: --argjson takes two parameters (e.g. --argjson varname text)\n");
                        throw die();
                    }
                    if (!named.containsKey(argv.get(i + 1))) {
                        Object v;
                        try {
                            v = JsonReader.parseOne(argv.get(i + 2));
                        } catch (JsonReader.ParseError e) {
                            err("jq: invalid JSON text passed to --argjson\n");
                            throw die();
                        }
                        named.put(argv.get(i + 1), v);
                    }
                    i += 2;
                    continue;
                }
                if (isOption(a, (char) 0, "argfile", n) || isOption(a, (char) 0, "rawfile", n) || isOption(a, (char) 0, "slurpfile", n)) {
                    String which = a.substring(2);
                    if (i >= argv.size() - 2) {
                        err("jq: --" + which + " takes two parameters (e.g. --" + which + " varname filename)\n");
                        throw die();
                    }
                    String name = argv.get(i + 1), file = argv.get(i + 2);
                    if (!named.containsKey(name)) named.put(name, loadFile(which, name, file));
                    i += 2;
                    continue;
                }
                if (isOption(a, 'h', "help", n)) {
                    out(JqUsage.HELP);
                    throw new Exit(0);
                }
                if (isOption(a, 'V', "version", n)) {
                    out("jq-1.6\n");
                    throw new Exit(0);
                }
                if (a.length() != n[0] + 1) {
                    err("jq: Unknown option " + a + "\n");
                    throw die();
                }
            }
            // standard output is never a terminal here, so colour only on -C (and -M wins)
            if (color && !mono) colors = JsonPrinter.DEFAULT_COLORS;
            String spec = ctx.env.get("JQ_COLORS");
            if (spec != null) {
                String[] parsed = JsonPrinter.parseColors(spec);
                if (parsed == null) err("Failed to set $JQ_COLORS\n");
                else if (colors != null) colors = parsed;
            }
            if (program == null) program = ".";
            if ((options & FROM_FILE) != 0) {
                try {
                    program = read(program);
                } catch (KernelException e) {
                    err("jq: Could not open " + program + ": " + e.errno.text + "\n");
                    return 2;
                }
                if (program.startsWith("#!")) {
                    int nl = program.indexOf('\n');
                    program = nl < 0 ? "" : program.substring(nl + 1);
                }
            }
            Map<String, Object> argsObj = new LinkedHashMap<>();
            argsObj.put("positional", positional);
            argsObj.put("named", new LinkedHashMap<>(named));

            // compile: the prelude's scope, $ENV, then the named arguments and $ARGS
            Ast.FuncDefs pre = prelude();
            JqEval.Env env = JqEval.Env.empty().var("ENV", JqBuiltins.envObject(ctx.env));
            List<String> globals = new ArrayList<>(List.of("$ENV"));
            Ast rest = pre;
            while (rest instanceof Ast.FuncDefs d) {
                env = env.def(d.def());
                globals.add(d.def().name() + "/" + d.def().params().size());
                rest = d.rest();
            }
            for (Map.Entry<String, Object> e : named.entrySet()) {
                env = env.var(e.getKey(), e.getValue());
                globals.add("$" + e.getKey());
            }
            env = env.var("ARGS", argsObj);
            globals.add("$ARGS");
            Ast ast;
            try {
                ast = JqParser.parse(program);
                List<JqParser.Problem> ps = JqResolver.check(ast, globals, JqBuiltins.NAMES);
                if (!ps.isEmpty()) throw new JqParser.CompileError(ps);
            } catch (JqParser.CompileError e) {
                compileErrors(program, e.problems);
                return 3;
            }

            int ret = 0;
            int inputErrors = openInputs(files);
            JqEval ev = new JqEval(new JqBuiltins(this));
            if ((options & NULL_INPUT) != 0) {
                ret = process(ev, ast, env, null);
            } else {
                while (true) {
                    Object v;
                    try {
                        v = nextInput();
                    } catch (JsonReader.ParseError e) {
                        err("parse error: " + e.getMessage() + "\n");
                        ret = PARSE_ERROR_STATUS;
                        break;
                    }
                    if (v == JqBuiltins.NO_INPUT) break;
                    ret = process(ev, ast, env, v);
                }
            }
            if (inputErrors != 0) ret = 2;
            if (ret >= 10 && (options & EXIT_STATUS) != 0) return ret - 10;
            if (ret >= 10 && (options & EXIT_EXACT) == 0) return 0;
            return ret;
        }

        private static int atoi(String s) {
            int i = 0, sign = 1;
            long v = 0;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) sign = s.charAt(i++) == '-' ? -1 : 1;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && v < 100000) v = v * 10 + (s.charAt(i++) - '0');
            return (int) (sign * v);
        }

        private Object parseJsonArg(String a) {
            try {
                return JsonReader.parseOne(a);
            } catch (JsonReader.ParseError e) {
                return null;
            }
        }

        private String read(String file) throws KernelException {
            return ctx.host.vfs().read(ctx.ns(), ctx.resolve(file));
        }

        private Object loadFile(String which, String name, String file) {
            String text;
            try {
                text = read(file);
            } catch (KernelException e) {
                err("jq: Bad JSON in --" + which + " " + name + " " + file + ": Could not open " + file + ": " + e.errno.text + "\n");
                throw new Exit(2);
            }
            if (which.equals("rawfile")) return text;
            JsonReader r = new JsonReader(text.getBytes(StandardCharsets.UTF_8));
            List<Object> all = new ArrayList<>();
            try {
                for (Object v = r.next(); v != JsonReader.END; v = r.next()) all.add(v);
            } catch (JsonReader.ParseError e) {
                err("jq: Bad JSON in --" + which + " " + name + " " + file + ": " + e.getMessage() + "\n");
                throw new Exit(2);
            }
            if (which.equals("argfile") && all.size() == 1) return all.get(0);
            return all;
        }

        /** Reads the files (or standard input); an unreadable one is reported and counted, as jq does. */
        private int openInputs(List<String> files) {
            List<JsonReader.Source> sources = new ArrayList<>();
            int errors = 0;
            if (files.isEmpty()) {
                sources.add(new JsonReader.Source("<stdin>", ctx.stdin() == null ? new byte[0] : ctx.stdin()));
            }
            for (String f : files) {
                if (f.equals("-")) {
                    sources.add(new JsonReader.Source("<stdin>", ctx.stdin() == null ? new byte[0] : ctx.stdin()));
                    continue;
                }
                try {
                    sources.add(new JsonReader.Source(f, read(f).getBytes(StandardCharsets.UTF_8)));
                } catch (KernelException e) {
                    err("jq: error: Could not open file " + f + ": " + e.errno.text + "\n");
                    errors++;
                }
            }
            if (!sources.isEmpty()) lastFile = sources.get(sources.size() - 1).name();
            reader = new JsonReader(sources);
            if ((options & RAW_INPUT) != 0) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (JsonReader.Source s : sources) all.writeBytes(s.data());
                String text = all.toString(StandardCharsets.UTF_8);
                rawLines = new ArrayList<>();
                if ((options & SLURP) != 0) rawLines.add(text);
                else {
                    int start = 0;
                    while (start < text.length()) {
                        int nl = text.indexOf('\n', start);
                        if (nl < 0) {
                            rawLines.add(text.substring(start));
                            break;
                        }
                        rawLines.add(text.substring(start, nl));
                        start = nl + 1;
                    }
                }
            }
            return errors;
        }

        private boolean slurped;
        private List<Object> streamEvents = List.of();
        private int streamNext;

        /** The next input as the main loop and `input` see it: a value, a raw line, or the slurped array. */
        private Object nextInput() throws JsonReader.ParseError {
            inputStarted = true;
            if (rawLines != null) return rawNext < rawLines.size() ? rawLines.get(rawNext++) : JqBuiltins.NO_INPUT;
            if ((options & SLURP) != 0) {
                if (slurped) return JqBuiltins.NO_INPUT;
                slurped = true;
                List<Object> all = reader.rest();
                if ((options & STREAM) == 0) return all;
                List<Object> events = new ArrayList<>();
                for (Object v : all) events.addAll(JqBuiltins.streamEvents(v));
                return events;
            }
            if ((options & STREAM) != 0) {
                // each value's events in turn (jq's streaming parser also emits a broken value's first events)
                while (streamNext >= streamEvents.size()) {
                    Object v = reader.next();
                    if (v == JsonReader.END) return JqBuiltins.NO_INPUT;
                    streamEvents = JqBuiltins.streamEvents(v);
                    streamNext = 0;
                }
                return streamEvents.get(streamNext++);
            }
            Object v = reader.next();
            return v == JsonReader.END ? JqBuiltins.NO_INPUT : v;
        }

        private String position() {
            if (!inputStarted) return "<unknown>";
            if (rawLines != null) return "<stdin>:" + rawNext;
            return reader.position();
        }

        private int process(JqEval ev, Ast ast, JqEval.Env env, Object input) {
            int[] ret = {14};
            JsonPrinter printer = new JsonPrinter(indent, (options & SORT) != 0, (options & ASCII) != 0, colors);
            try {
                ev.eval(ast, input, null, env, (v, p) -> {
                    if ((options & RAW_OUTPUT) != 0 && v instanceof String s) {
                        if ((options & ASCII) != 0) {
                            StringBuilder b = new StringBuilder();
                            JsonPrinter.string(b, s, true);
                            out(b.toString());
                        } else out(s);
                        ret[0] = 0;
                    } else {
                        ret[0] = v == null || Boolean.FALSE.equals(v) ? 11 : 0;
                        if ((options & SEQ) != 0) out("\u001e");
                        out(printer.print(v));
                    }
                    if ((options & RAW_NO_LF) == 0) out("\n");
                });
            } catch (JqEval.JqError e) {
                if (e.value instanceof String s) err("jq: error (at " + position() + "): " + s + "\n");
                else err("jq: error (at " + position() + ") (not a string): " + JsonPrinter.compact(e.value) + "\n");
                ret[0] = 5;
            } catch (JqBuiltins.Halt h) {
                options |= EXIT_EXACT;
                ret[0] = h.status;
                if (h.message instanceof String s) err(s);
                else if (h.message != null && h.message != JqBuiltins.NO_INPUT) err(JsonPrinter.compact(h.message) + "\n");
            } catch (StackOverflowError e) {
                err("jq: error (at " + position() + "): stack overflow\n");
                ret[0] = 5;
            }
            return ret[0];
        }

        private void compileErrors(String program, List<JqParser.Problem> problems) {
            byte[] src = program.getBytes(StandardCharsets.UTF_8);
            for (JqParser.Problem p : problems) {
                int off = Math.min(p.offset(), src.length);
                int lineStart = off, line = 1;
                while (lineStart > 0 && src[lineStart - 1] != '\n') lineStart--;
                for (int k = 0; k < lineStart; k++) if (src[k] == '\n') line++;
                int lineEnd = lineStart;
                while (lineEnd < src.length && src[lineEnd] != '\n') lineEnd++;
                String text = new String(src, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
                err("jq: error: " + p.message() + " at <top-level>, line " + line + ":\n" + text + " ".repeat(off - lineStart) + "\n");
            }
            err("jq: " + problems.size() + " compile error" + (problems.size() == 1 ? "" : "s") + "\n");
        }

        // ---- what builtins reach ----

        @Override
        public Map<String, Object> env() { return JqBuiltins.envObject(ctx.env); }

        @Override
        public Object input() {
            try {
                return nextInput();
            } catch (JsonReader.ParseError e) {
                throw new JqEval.JqError(e.getMessage());
            }
        }

        @Override
        public Object inputFilename() {
            if (!inputStarted || rawLines != null) return null;
            String p = reader.position();
            String name = p.substring(0, p.lastIndexOf(':'));
            return name.equals("<stdin>") ? null : name;
        }

        @Override
        public void stderr(String text) { err(text); }

        @Override
        public double lineNumber() {
            if (rawLines != null) return rawNext;
            return reader == null ? 0 : reader.lines();
        }
    }
}
