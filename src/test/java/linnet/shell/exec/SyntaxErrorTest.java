package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** bash's parser messages (parse.y): which text, which line, which status, and whether the line is echoed. */
class SyntaxErrorTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void theEndOfAStringIsANewlineToken() {
        assertEquals("""
                /bin/bash: -c: line 1: syntax error near unexpected token `newline'
                /bin/bash: -c: line 1: `echo a; echo ('
                [exit 2]
                """, run("echo a; echo ("));
    }

    @Test
    void aFunctionBodyMustBeACompoundCommand() {
        assertEquals("""
                /bin/bash: -c: line 1: syntax error near unexpected token `echo'
                /bin/bash: -c: line 1: `f() echo x'
                [exit 2]
                """, run("f() echo x"));
        assertEquals("x\n[exit 0]\n", run("f() ( echo x ); f"));
    }

    @Test
    void commandSubstitutionFailsWhereTheInputEndsOtherPairsWhereTheyOpened() {
        assertEquals("/bin/bash: -c: line 4: unexpected EOF while looking for matching `)'\n[exit 2]\n", run("echo $(\n\necho"));
        assertEquals("/bin/bash: -c: line 1: unexpected EOF while looking for matching `}'\n[exit 2]\n", run("echo ${x\n\n"));
        assertEquals("/bin/bash: -c: line 1: unexpected EOF while looking for matching `\"'\n[exit 2]\n", run("echo \"a\nb"));
        assertEquals("/bin/bash: -c: line 1: unexpected EOF while looking for matching `)'\n[exit 2]\n", run("(( 1+2"));
    }

    @Test
    void anUnclosedArrayAssignmentIsStatusOne() {
        assertEquals("/bin/bash: -c: line 1: unexpected EOF while looking for matching `)'\n[exit 1]\n", run("x=(a\nb"));
    }

    @Test
    void conditionalCommandMessagesAreNotFollowedByTheLine() {
        assertEquals("""
                /bin/bash: -c: line 1: unexpected EOF while looking for matching `)'
                /bin/bash: -c: line 2: unexpected argument to conditional binary operator
                [exit 2]
                """, run("[[ a =~ ( ]]; echo $?"));
        assertEquals("/bin/bash: -c: line 1: unexpected token `newline', conditional binary operator expected\n[exit 2]\n",
                run("echo a; [[ a"));
        assertEquals("""
                /bin/bash: -c: line 1: unexpected token `;', conditional binary operator expected
                /bin/bash: -c: line 1: expected `)'
                [exit 0]
                """, run("[[ ( a ; ]]"));
    }

    @Test
    void anErrorInsideTheInputKeepsTheStatusOneAtItsEndIsTwo() {
        assertEquals("/bin/bash: -c: line 2: unexpected argument `]]' to conditional unary operator\n[exit 1]\n",
                run("false\n[[ -f ]]\necho more"));
        assertEquals("[exit 0]\n", run("[[ ]]; echo hi"));
        assertEquals("/bin/bash: -c: line 1: unexpected argument `newline' to conditional binary operator\n[exit 2]\n",
                run("[[ a =~"));
    }

    @Test
    void aHereDocumentCutShortWarns() {
        assertEquals("""
                a
                /bin/bash: line 4: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')
                x
                y
                [exit 0]
                """, run("echo a\ncat <<EOF\nx\ny"));
        assertEquals("/bin/bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\na\n[exit 0]\n",
                run("cat <<EOF\na\n"));
    }
}
