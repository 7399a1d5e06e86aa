package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** printf's and echo -e's \xHH and octal escapes are bytes, as bash writes them (counts from the real bash). */
class RawBytesTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void escapesAboveAsciiAreSingleBytes() {
        assertEquals("2\n[exit 0]\n", run("printf '\\xcd\\x41' | wc -c"));
        assertEquals("2\n[exit 0]\n", run("echo -e '\\xcd' | wc -c"));
        assertEquals("1\n[exit 0]\n", run("printf '\\351' | wc -c"));
        assertEquals("1\n[exit 0]\n", run("x=$(printf '\\xff'); echo -n \"$x\" | wc -c"));
        // a character is still its UTF-8 bytes
        assertEquals("3\n[exit 0]\n", run("printf '%s\\n' \u00e9 | wc -c"));
    }

    @Test
    void aBinaryFileWrittenByPrintfReadsBack() {
        assertEquals("rc=0\n[exit 0]\n", run("printf '\\x24\\x12\\x31\\x45' > /tmp/m; ip route restore < /tmp/m; echo rc=$?"));
        assertEquals("Magic mismatch (1 elems, 45311225 magic)\n[exit 1]\n", run("printf '\\x25\\x12\\x31\\x45' | ip route restore"));
    }
}
