package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranscriptDeterminismTest {
    static final String SCRIPT = String.join("\n",
            "ip netns add ns1",
            "ip link add veth0 type veth peer name veth1",
            "ip link set veth1 netns ns1",
            "ip addr add 10.0.1.1/24 dev veth0",
            "ip link set veth0 up",
            "ip netns exec ns1 ip addr add 10.0.1.2/24 dev veth1",
            "ip netns exec ns1 ip link set veth1 up",
            "ip link show veth0",
            "ip netns exec ns1 ip link show veth1",
            "ping -c 2 -i 0.2 10.0.1.2",
            "ping -c 1 -W 5 10.0.1.99",
            "ip neigh show",
            "ip netns exec ns1 ip neigh show",
            "ip addr show");

    @Test
    void sameSeedSameTranscript() {
        for (long seed : new long[] {1, 42, -7}) {
            String a = Transcripts.transcript(SCRIPT, true, seed);
            String b = Transcripts.transcript(SCRIPT, true, seed);
            assertEquals(a, b);
            assertTrue(a.contains("64 bytes from 10.0.1.2"), a);
        }
    }

    @Test
    void differentSeedsDifferentMacs() {
        String a = Transcripts.transcript(SCRIPT, true, 1), b = Transcripts.transcript(SCRIPT, true, 2);
        Pattern ether = Pattern.compile("link/ether ([0-9a-f:]{17})");
        Matcher ma = ether.matcher(a), mb = ether.matcher(b);
        assertTrue(ma.find() && mb.find(), a);
        assertNotEquals(ma.group(1), mb.group(1));
        int first = Integer.parseInt(ma.group(1).substring(0, 2), 16);
        assertEquals(0x02, first & 0x03, "locally administered unicast: " + ma.group(1));
        // Apart from MACs (and what derives from them) and the jitter of packet times, the transcripts agree.
        String norm = "link/ether [0-9a-f:]{17}|lladdr [0-9a-f:]{17}|fe80::[0-9a-f:]+|time=[0-9.]+ ms|rtt min/avg/max/mdev = \\S+";
        assertEquals(a.replaceAll(norm, "M"), b.replaceAll(norm, "M"), norm);
    }
}
