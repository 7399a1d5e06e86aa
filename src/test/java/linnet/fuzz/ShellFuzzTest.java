package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import linnet.shell.ScriptRunner;
import linnet.shell.lex.Lexer.SyntaxError;
import linnet.shell.parse.Parser;

/**
 * linnet's bash: the grammar (lexer, parser, here-documents, the completeness test the interactive
 * shell uses), and running what parses (expansions, arithmetic, builtins, pipelines, functions,
 * loops, traps) under the line guard. bash's answer to bad text is a syntax error, never a crash.
 */
class ShellFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    @FuzzTest
    void grammar(byte[] data) {
        String text = Fuzz.text(data);
        ScriptRunner.isComplete(text);
        try {
            new Parser(text).all();
        } catch (SyntaxError e) {
            if (e.getMessage() == null) throw new AssertionError("a syntax error without words", e);
        }
    }

    /** The text as bash -c's string, in the set-up's lab. */
    @FuzzTest
    void run(byte[] data) {
        Fuzz.check(new Fuzz.Box(), Fuzz.text(data).replace("\0", ""), false);
    }
}
