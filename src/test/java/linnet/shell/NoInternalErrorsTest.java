package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.lab.Lab;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user types, a tool answers with its own error text, never an emulator failure:
 * random command lines built from each tool's keywords, values and junk, run against a lab that
 * already has namespaces, veths, a bridge, a tap, addresses, routes and iptables rules.
 */
class NoInternalErrorsTest {
    private static final List<String> SETUP = List.of("ip netns add n1", "ip link add v0 type veth peer name v1",
            "ip link set v1 netns n1", "ip addr add 10.7.0.1/24 dev v0", "ip link set v0 up",
            "ip -n n1 addr add 10.7.0.2/24 dev v1", "ip -n n1 link set v1 up", "ip link add br0 type bridge",
            "ip tuntap add dev tap0 mode tap", "ip link set tap0 master br0", "iptables -N CH",
            "iptables -A INPUT -p tcp --dport 22 -j CH", "iptables -t nat -A POSTROUTING -o v0 -j MASQUERADE");

    @Provide
    Arbitrary<String> commandLines() {
        Arbitrary<String> program = Arbitraries.of("ip", "ip -br", "ip -j", "ip -s -s", "ip -d", "ip -n n1", "ip -4",
                "ip netns exec n1 ip", "bridge", "brctl", "iptables", "iptables -t nat", "iptables-save", "ping",
                "traceroute", "sysctl", "ethtool", "ifconfig", "route", "conntrack", "nc", "cat", "ls", "echo", "ls -la",
                "ls -lR", "mkdir -p", "rm -r", "rmdir -p", "cp -r", "mv", "ln -s", "chmod", "touch", "tee", "mktemp");
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("link", "addr", "address", "route", "neigh", "netns", "rule", "tuntap", "fdb", "show",
                        "add", "del", "delete", "set", "list", "flush", "get", "replace", "change", "append", "exec",
                        "dev", "master", "nomaster", "up", "down", "mtu", "name", "type", "veth", "bridge", "peer",
                        "via", "src", "metric", "table", "scope", "proto", "lladdr", "nud", "br", "brport", "mode",
                        "tap", "tun", "netns", "-A", "-I", "-D", "-R", "-F", "-Z", "-P", "-L", "-S", "-N", "-X", "-E",
                        "-p", "-s", "-d", "-i", "-o", "-j", "-m", "--dport", "--sport", "!", "--ctstate", "-c", "-W",
                        "-w", "-I", "-t", "-q", "-n", "-v", "-x", "-z", "-l", "-u", "-U", "-T", "-f", "-m", "-M",
                        "addbr", "delbr", "addif", "delif", "showmacs", "setageing", "stp", "default", "all", "any",
                        "local", "broadcast", "unreachable", "blackhole", "prohibit", "onlink", "REJECT", "ACCEPT",
                        "DROP", "MASQUERADE", "DNAT", "--to-destination", "--reject-with", "tcp", "udp", "icmp"),
                Arbitraries.of("v0", "v1", "br0", "tap0", "lo", "n1", "nosuch", "CH", "INPUT", "FORWARD", "nat"),
                Arbitraries.of("10.7.0.2", "10.7.0.0/24", "0.0.0.0/0", "300.1.1.1", "10.7.0.2/33", "fe80::1",
                        "02:00:00:00:00:01", "zz", "-1", "0", "65536", "1:2", "1,2,3", "/proc/sys/net/ipv4/ip_forward",
                        "/sys/class/net/v0/mtu", "net.ipv4.ip_forward=1", "a=b", "", "\\\"", "%", "::", "300", "70000",
                        "4294967296", "-5", "99999", "5:3", "0x10", "1e3", "1.5"),
                Arbitraries.strings().withChars("abz019-./:,!+=").ofMaxLength(6));
        return Arbitraries.lazyOf(() -> program).flatMap(p -> word.list().ofMaxSize(7)
                .map(ws -> p + " " + String.join(" ", ws)));
    }

    @Provide
    Arbitrary<List<String>> sessions() { return commandLines().list().ofMinSize(1).ofMaxSize(6); }

    @Property(tries = 500)
    void noCommandLineMakesTheEmulatorFail(@ForAll("sessions") List<String> lines) {
        Lab lab = new Lab(5, Lab.Profile.BARE);
        ScriptRunner r = new ScriptRunner(lab);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        for (String s : SETUP) r.runLine(s, p, p);
        buf.reset();
        for (String line : lines) r.runLine(line, p, p);
        r.finish();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("linnet: internal error"), () -> String.join("\n", lines) + "\n" + out);
    }
}
