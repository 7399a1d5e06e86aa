package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** sh is dash: its syntax error texts and its "NAME: LINE: " prefix. */
class DashDialectTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void lexerErrorsInDashWords() {
        assertEquals("sh: 1: Syntax error: Missing '}'\n[exit 2]\n", run("sh -c 'echo ${x'"));
        assertEquals("sh: 1: Syntax error: Unterminated quoted string\n[exit 2]\n", run("sh -c 'echo \"a'"));
        assertEquals("sh: 1: Syntax error: Missing '))'\n[exit 2]\n", run("sh -c 'echo $((1+2)'"));
        assertEquals("sh: 1: Syntax error: end of file unexpected (expecting \")\")\n[exit 2]\n", run("sh -c 'echo $('"));
        assertEquals("a\nsh: 2: Syntax error: Missing '}'\n[exit 2]\n", run("sh -c $'echo a\\necho ${x'"));
    }

    @Test
    void parserErrorsInDashWords() {
        assertEquals("sh: 1: Syntax error: end of file unexpected (expecting \"fi\")\n[exit 2]\n", run("sh -c 'if true; then echo x'"));
        assertEquals("sh: 1: Syntax error: \"fi\" unexpected\n[exit 2]\n", run("sh -c fi"));
        assertEquals("sh: 1: Syntax error: word unexpected (expecting \"do\")\n[exit 2]\n", run("sh -c 'for i in 1 2; echo $i; done'"));
        assertEquals("sh: 1: Syntax error: end of file unexpected (expecting \"}\")\n[exit 2]\n", run("sh -c '{'"));
        assertEquals("sh: 1: Syntax error: \"(\" unexpected\n[exit 2]\n", run("sh -c 'x=( a b'"));
    }
}
