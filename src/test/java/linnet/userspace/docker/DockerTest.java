package linnet.userspace.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import linnet.shell.Transcripts;
import org.junit.jupiter.api.Test;

class DockerTest {
    private static String run(String script) { return Transcripts.transcript(script, false, 1); }

    private static String block(String t, String cmd) {
        int i = t.indexOf("$ " + cmd + "\n");
        assertTrue(i >= 0, cmd + " in\n" + t);
        int start = i + cmd.length() + 3;
        int end = t.indexOf("\n$ ", start - 1);
        return t.substring(start, end < 0 ? t.length() : end + 1);
    }

    @Test
    void ipamTakesTheFirstFreePredefinedSubnet() {
        Ipam.Prefix p17 = new Ipam.Prefix(0xac110000, 16);
        assertEquals("172.18.0.0/16", Ipam.nextSubnet(List.of(p17)).toString());
        assertEquals("172.19.0.0/16", Ipam.nextSubnet(List.of(p17, new Ipam.Prefix(0xac120000, 16))).toString());
        // 172.20/14 is split into /16s; a user /24 inside 172.20.0.0/16 takes that whole /16 away
        assertEquals("172.21.0.0/16", Ipam.nextSubnet(List.of(p17, new Ipam.Prefix(0xac120000, 16), new Ipam.Prefix(0xac130000, 16),
                Ipam.Prefix.parse("172.20.5.0/24"))).toString());
        assertEquals("172.17.0.2", linnet.wire.Inet4.format(Ipam.nextAddress(p17, List.of(0xac110001))));
        assertEquals("172.17.0.3", linnet.wire.Inet4.format(Ipam.nextAddress(p17, List.of(0xac110001, 0xac110002))));
        assertEquals("10.1.2.0/24", Ipam.Prefix.parse("10.1.2.3/24").toString());
        assertNull(Ipam.Prefix.parse("10.1.2/24"));
    }

    @Test
    void portSpecs() {
        assertEquals(new Container.PortBinding("tcp", 80, "0.0.0.0", 8080), RunCmd.parsePort("8080:80"));
        assertEquals(new Container.PortBinding("udp", 53, "127.0.0.1", 5353), RunCmd.parsePort("127.0.0.1:5353:53/udp"));
        assertEquals(new Container.PortBinding("tcp", 80, "0.0.0.0", 0), RunCmd.parsePort("80"));
        assertNull(RunCmd.parsePort("8080:http"));
        assertNull(RunCmd.parsePort("80/icmp"));
    }

    @Test
    void templatesAndJson() throws Exception {
        Map<String, Object> o = Json.obj("A", Json.obj("B", "x<y", "N", 3), "L", List.of("p", "q"), "Nil", null);
        assertEquals("x<y 3", GoTemplate.parse("{{.A.B}} {{.A.N}}").execute(o));
        assertEquals("{\"B\":\"x\\u003cy\",\"N\":3}", GoTemplate.parse("{{json .A}}").execute(o));
        assertEquals("pq", GoTemplate.parse("{{range .L}}{{.}}{{end}}").execute(o));
        assertEquals("[p q] <nil> <no value>", GoTemplate.parse("{{.L}} {{.Nil}} {{.Missing}}").execute(o));
        assertEquals("x<y", GoTemplate.parse("{{index .A \"B\"}}").execute(o));
        assertEquals("[\n    {\n        \"k\": []\n    }\n]", Json.indent(List.of(Json.obj("k", List.of()))));
    }

    @Test
    void tabwriterColumns() {
        assertEquals("NETWORK ID     NAME      DRIVER    SCOPE\n0123456789ab   bridge    bridge    local\n",
                Formats.table(List.of(List.of("NETWORK ID", "NAME", "DRIVER", "SCOPE"), List.of("0123456789ab", "bridge", "bridge", "local"))));
        assertEquals("Less than a second", Formats.human(999_999_999L));
        assertEquals("About a minute", Formats.human(61_000_000_000L));
        assertEquals("3 minutes", Formats.human(180_000_000_000L));
    }

    /** iptables-save after docker run -d -p 8080:80 shows Docker 28's rules in Docker's order (the iptabler goldens). */
    @Test
    void publishedPortRulesInDockersOrder() {
        String t = run("docker run -d -p 8080:80 --name web nginx\niptables-save\n");
        String save = block(t, "iptables-save");
        String[] expected = {
            "*raw", "-A PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP",
            "*filter", ":FORWARD DROP [0:0]", ":DOCKER-USER - [0:0]",
            "-A FORWARD -j DOCKER-USER", "-A FORWARD -j DOCKER-FORWARD",
            "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
            "-A DOCKER ! -i docker0 -o docker0 -j DROP",
            "-A DOCKER-BRIDGE -o docker0 -j DOCKER",
            "-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
            "-A DOCKER-FORWARD -j DOCKER-CT", "-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1",
            "-A DOCKER-FORWARD -j DOCKER-BRIDGE", "-A DOCKER-FORWARD -i docker0 -j ACCEPT",
            "-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2",
            "-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP",
            "*nat", "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
            "-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER",
            "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
            "-A DOCKER -i docker0 -j RETURN",
            "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80"};
        int at = 0;
        for (String line : expected) {
            int i = save.indexOf(line + "\n", at);
            assertTrue(i >= 0, line + " after offset " + at + " in\n" + save);
            at = i;
        }
    }

    @Test
    void containersReachEachOtherTheHostAndPublishedPorts() {
        String t = run(String.join("\n",
                "docker run -d -p 8080:80 --name web nginx",
                "docker run -d --name c2 busybox sleep 1000",
                "docker exec c2 ping -c 1 172.17.0.2",
                "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc 127.0.0.1 8080 | head -1",
                "docker exec c2 sh -c \"printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc 172.17.0.1 8080 | head -1\"",
                "docker stop c2",
                "docker ps -a --format '{{.Names}} {{.Status}}'",
                "docker rm -f web c2", "ip link show type veth", "docker rm web", ""));
        assertTrue(block(t, "docker exec c2 ping -c 1 172.17.0.2").contains("1 received"), t);
        assertEquals("HTTP/1.1 200 OK\r\n", block(t, "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc 127.0.0.1 8080 | head -1"));
        // sleep as PID 1 ignores SIGTERM: docker stop waits 10 s and kills it
        assertTrue(block(t, "docker ps -a --format '{{.Names}} {{.Status}}'").contains("c2 Exited (137)"), t);
        assertEquals("", block(t, "ip link show type veth"));
        assertEquals("Error response from daemon: No such container: web\n[exit 1]\n", block(t, "docker rm web"));
        assertFalse(t.contains("internal error"), t);
    }

    /** formatter.DisplayablePorts: same-number ports grouped into ranges per IP, others after them, sorted by private port. */
    @Test
    void psPortsAsTheCliGroupsThem() {
        String t = run(String.join("\n",
                "docker run -d --name web -p 8080:80 -p 8443:443 nginx",
                "docker run -d --name w2 -p 8000:8000 -p 8001:8001 -p 127.0.0.1:9000:9000/udp busybox sleep 100",
                "docker run -d --name w3 -P nginx",
                "docker ps --format '{{.Names}} {{.Ports}}'",
                "docker ps --format 'table {{.Names}}\\t{{.Image}}'", ""));
        assertEquals("w3 0.0.0.0:32768->80/tcp, [::]:32768->80/tcp\n"
                + "w2 0.0.0.0:8000-8001->8000-8001/tcp, [::]:8000-8001->8000-8001/tcp, 127.0.0.1:9000->9000/udp\n"
                + "web 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 0.0.0.0:8443->443/tcp, [::]:8443->443/tcp\n",
                block(t, "docker ps --format '{{.Names}} {{.Ports}}'"));
        assertEquals("NAMES     IMAGE\nw3        nginx\nw2        busybox\nweb       nginx\n",
                block(t, "docker ps --format 'table {{.Names}}\\t{{.Image}}'"));
    }

    /** The embedded DNS answers on user networks only; ping prints the PTR name NAME.NETWORK. */
    @Test
    void embeddedDnsOnUserNetworks() {
        String t = run(String.join("\n",
                "docker network create appnet",
                "docker run -d --name web --network appnet nginx",
                "docker run -d --name c --network appnet busybox sleep 100",
                "docker run -d --name d busybox sleep 100",
                "docker exec c ping -c 1 web",
                "docker exec d ping -c 1 web",
                "docker exec c hostname", ""));
        assertTrue(block(t, "docker exec c ping -c 1 web").startsWith("PING web (172.18.0.2) 56(84) bytes of data.\n"
                + "64 bytes from web.appnet (172.18.0.2): icmp_seq=1"), t);
        assertEquals("ping: web: Temporary failure in name resolution\n[exit 2]\n", block(t, "docker exec d ping -c 1 web"));
        assertEquals(12 + 1, block(t, "docker exec c hostname").length());
    }
}
