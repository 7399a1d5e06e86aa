package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** -m comment (xt_comment): always matches; the text only distinguishes rules. */
class CommentMatchTest {
    @Test
    void alwaysMatches() {
        CommentMatch c = new CommentMatch("allow dns");
        assertEquals("comment", c.name());
        assertEquals("allow dns", c.comment());
        assertTrue(c.match(bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 53))));
        assertTrue(c.match(bare(NfFixture.icmp("10.0.0.1", "10.0.0.2", 8, 0))));
        assertTrue(c.match(bare(NfFixture.fragment(NfFixture.udp("1.1.1.1", "2.2.2.2", 1, 2, 40), 8))));
        assertTrue(new CommentMatch("").match(bare(NfFixture.truncated(6, 0))));
    }

    @Test
    void textTellsRulesApart() {
        assertEquals(new CommentMatch("a"), new CommentMatch("a"));
        assertNotEquals(new CommentMatch("a"), new CommentMatch("b"));
    }
}
