package linnet.tools.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** fnmatch(3) with no flags, as `ip addr show label PATTERN` uses it. */
class GlobTest {
    @Test
    void starAndQuestionMark() {
        assertTrue(Glob.fnmatch("veth0:*", "veth0:web"));
        assertTrue(Glob.fnmatch("veth0*", "veth0"));
        assertFalse(Glob.fnmatch("veth0:*", "veth0"));
        assertTrue(Glob.fnmatch("veth?:d?", "veth0:db"));
        assertFalse(Glob.fnmatch("veth?:d?", "veth0:dbx"));
        assertTrue(Glob.fnmatch("*", ""));
        assertFalse(Glob.fnmatch("?", ""));
    }

    @Test
    void bracketsRangesNegationAndEscapes() {
        assertTrue(Glob.fnmatch("eth[0-3]", "eth2"));
        assertFalse(Glob.fnmatch("eth[0-3]", "eth7"));
        assertTrue(Glob.fnmatch("eth[!0-3]", "eth7"));
        assertTrue(Glob.fnmatch("a[]]b", "a]b"));
        assertTrue(Glob.fnmatch("a\\*", "a*"));
        assertFalse(Glob.fnmatch("a\\*", "ab"));
        assertTrue(Glob.fnmatch("a[b", "a[b"), "an unterminated bracket is literal");
    }

    @Test
    void exactWithoutWildcards() {
        assertTrue(Glob.fnmatch("veth0", "veth0"));
        assertFalse(Glob.fnmatch("veth0", "veth01"));
    }
}
