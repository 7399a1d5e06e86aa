package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** nc through the script runner: a server as a background job in one namespace, clients in another. */
class BackgroundJobTest {
    static final String SETUP = String.join("\n",
            "ip netns add red",
            "ip netns add blue",
            "ip link add r0 type veth peer name b0",
            "ip link set r0 netns red",
            "ip link set b0 netns blue",
            "ip -n red addr add 172.16.5.1/24 dev r0",
            "ip -n blue addr add 172.16.5.2/24 dev b0",
            "ip -n red link set r0 up",
            "ip -n blue link set b0 up",
            "");

    static final String SCRIPT = SETUP + String.join("\n",
            "ip netns exec blue nc -lv 4444 &",
            "jobs",
            "echo ping over tcp | ip netns exec red nc -v -w 1 172.16.5.2 4444",
            "jobs",
            "ip netns exec red nc -zv 172.16.5.2 4444",
            "ip netns exec blue nc -u -l 5555 &",
            "echo datagram | ip netns exec red nc -u -w 1 172.16.5.2 5555",
            "ip netns exec blue nc -l 6666 &",
            "sleep 3",
            "echo late | ip netns exec red nc -N 172.16.5.2 6666",
            "ip netns exec blue nc -l 7777 &",
            "kill %1",
            "ip netns exec red nc -zv 172.16.5.2 7777",
            "ip netns exec blue nc -k -l 8888 &");

    private static String block(String transcript, String cmd) {
        int i = transcript.indexOf("$ " + cmd + "\n");
        assertTrue(i >= 0, cmd + " in\n" + transcript);
        int start = i + cmd.length() + 3;
        int end = transcript.indexOf("\n$ ", start - 1);
        return transcript.substring(start, end < 0 ? transcript.length() : end + 1);
    }

    @Test
    void serverInBackgroundClientInForeground() {
        String t = Transcripts.transcript(SCRIPT, true, 11);
        assertEquals("Listening on 0.0.0.0 4444\n", block(t, "ip netns exec blue nc -lv 4444 &"));
        // Each line is its own bash -c (as run-kernel runs it): a later line's shell has no jobs to list.
        assertEquals("", block(t, "jobs"));
        String client = block(t, "echo ping over tcp | ip netns exec red nc -v -w 1 172.16.5.2 4444");
        assertTrue(client.startsWith("Connection to 172.16.5.2 4444 port [tcp/*] succeeded!\n"
                + "Connection received on 172.16.5.1 "), client);
        assertTrue(client.endsWith("\nping over tcp\n"), client);
        // The server ended with its connection, so the port is closed now.
        assertEquals("nc: connect to 172.16.5.2 port 4444 (tcp) failed: Connection refused\n[exit 1]\n",
                block(t, "ip netns exec red nc -zv 172.16.5.2 4444"));
        assertEquals("datagram\n", block(t, "echo datagram | ip netns exec red nc -u -w 1 172.16.5.2 5555"));
        assertEquals("late\n", block(t, "echo late | ip netns exec red nc -N 172.16.5.2 6666"));
        // kill %1 in a fresh shell has no job 1: the 7777 server keeps listening.
        String scan = block(t, "ip netns exec red nc -zv 172.16.5.2 7777");
        assertTrue(scan.contains("Connection refused") || scan.contains("succeeded"), scan);
        assertFalse(t.contains("internal error"), t);
    }

    /** A script run as one bash (linnet run FILE) keeps its jobs: jobs lists them, kill %N ends one. */
    @Test
    void aScriptShellKeepsItsJobs() {
        var lab = new linnet.lab.Lab(11, linnet.lab.Lab.Profile.BARE);
        ScriptRunner r = new ScriptRunner(lab);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream p = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
        r.runScript(SETUP + "ip netns exec blue nc -l 4444 &\njobs\nkill %1\nsleep 1\njobs\nkill %1\n", "lab.sh", p, p);
        r.finish();
        assertEquals("[1]+  Running                 ip netns exec blue nc -l 4444 &\n"
                + "[1]+  Terminated              ip netns exec blue nc -l 4444\n"
                + "lab.sh: line 15: kill: %1: no such job\n", buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void sameSeedSameTranscriptWithBackgroundJobs() {
        for (long seed : new long[] {1, 5, 99}) {
            String a = Transcripts.transcript(SCRIPT, true, seed);
            String b = Transcripts.transcript(SCRIPT, true, seed);
            assertEquals(a, b);
            assertTrue(a.contains("Connection received on 172.16.5.1 "), a);
        }
    }

    @Test
    void clientPortsFollowTheSeed() {
        String s = SETUP + "ip netns exec blue nc -lv 4444 &\nip netns exec red nc -w 1 172.16.5.2 4444\n";
        String a = Transcripts.transcript(s, true, 1), b = Transcripts.transcript(s, true, 2);
        java.util.regex.Matcher ma = java.util.regex.Pattern.compile("received on 172.16.5.1 (\\d+)").matcher(a);
        java.util.regex.Matcher mb = java.util.regex.Pattern.compile("received on 172.16.5.1 (\\d+)").matcher(b);
        assertTrue(ma.find() && mb.find(), a + b);
        int pa = Integer.parseInt(ma.group(1)), pb = Integer.parseInt(mb.group(1));
        assertTrue(pa >= 32768 && pa <= 60999 && pb >= 32768 && pb <= 60999);
        assertTrue(pa != pb, "different seeds, different ephemeral ports");
    }

    @Test
    void aBackgroundJobsFileHasWhatItWroteWhileItRuns() {
        // the job is still listening when the file is read: its first line is already there
        String s = SETUP + "ip netns exec blue nc -lv 4444 2>/tmp/bg-err >/tmp/bg-out &\n"
                + "cat /tmp/bg-err\n"
                + "echo hello | ip netns exec red nc -N 172.16.5.2 4444\n"
                + "cat /tmp/bg-out\n"
                + "echo > /tmp/fg; echo fg >> /tmp/fg; cat /tmp/fg\n";
        String t = Transcripts.transcript(s, true, 3);
        assertEquals("Listening on 0.0.0.0 4444\n", block(t, "cat /tmp/bg-err"));
        assertEquals("hello\n", block(t, "cat /tmp/bg-out"));
        assertEquals("\nfg\n", block(t, "echo > /tmp/fg; echo fg >> /tmp/fg; cat /tmp/fg"));
    }
}
