package linnet.userspace.docker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;

/**
 * The iptables rules of Docker Engine 28.2's bridge driver (libnetwork/drivers/bridge/internal/
 * iptabler: iptabler.go, network.go, endpoint.go, port.go; libnetwork/firewall_linux.go for
 * DOCKER-USER), programmed the way libnetwork/iptables/iptables.go does it: by running the
 * iptables program with --wait, checking with -C before an append (-A) or insert (-I at the
 * head), so a rule is never added twice and deleting an absent rule is a no-op. Defaults of a
 * stock daemon: IPv4 iptables on, userland proxy on (so "hairpin" off), ICC on, masquerade on,
 * gateway mode nat. (ip6tables is on in 28 too; linnet has no ip6tables, so that half is left out.)
 */
final class Iptabler {
    private final Ctx ctx;

    /** {@code ctx}: the daemon's process, in the root namespace. */
    Iptabler(Ctx ctx) { this.ctx = ctx; }

    static final String DOCKER = "DOCKER", FORWARD_CHAIN = "DOCKER-FORWARD", BRIDGE = "DOCKER-BRIDGE", CT = "DOCKER-CT",
            ISO1 = "DOCKER-ISOLATION-STAGE-1", ISO2 = "DOCKER-ISOLATION-STAGE-2", USER = "DOCKER-USER";

    /** Runs iptables --wait ARGS; its status (output is the daemon's, not the user's). */
    int raw(String... args) {
        List<String> argv = new ArrayList<>(List.of("iptables", "--wait"));
        argv.addAll(List.of(args));
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true);
        return ctx.exec.run(ctx.withIo(sink, null).withErr(sink), argv);
    }

    private static String[] cat(String[] head, String... tail) {
        String[] r = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, r, head.length, tail.length);
        return r;
    }

    boolean exists(String table, String chain, String... rule) { return raw(cat(new String[] {"-t", table, "-C", chain}, rule)) == 0; }

    /** Rule.Append: -A unless it is there already. */
    void append(String table, String chain, String... rule) {
        if (!exists(table, chain, rule)) raw(cat(new String[] {"-t", table, "-A", chain}, rule));
    }

    /** Rule.Insert: -I (the head of the chain) unless it is there already. */
    void insert(String table, String chain, String... rule) {
        if (!exists(table, chain, rule)) raw(cat(new String[] {"-t", table, "-I", chain}, rule));
    }

    /** Rule.Delete: -D when it is there. */
    void delete(String table, String chain, String... rule) {
        if (exists(table, chain, rule)) raw(cat(new String[] {"-t", table, "-D", chain}, rule));
    }

    /** NewChain: -N when -n -L does not find it. */
    void newChain(String table, String chain) {
        if (raw("-t", table, "-n", "-L", chain) != 0) raw("-t", table, "-N", chain);
    }

    /** EnsureJumpRule: delete the jump if present, insert it at the head of the (filter) chain. */
    void ensureJump(String from, String to) {
        delete("filter", from, "-j", to);
        raw("-t", "filter", "-I", from, "-j", to);
    }

    /** removeIPChains + setupIPChains (iptabler.go), at the bridge driver's configure(). */
    void setupChains() {
        // removeIPChains: the obsolete DOCKER-ISOLATION jump, then every chain flushed and removed
        delete("filter", "FORWARD", "-j", "DOCKER-ISOLATION");
        String[][] chains = {{"nat", DOCKER}, {"filter", DOCKER}, {"filter", FORWARD_CHAIN}, {"filter", BRIDGE},
            {"filter", CT}, {"filter", ISO1}, {"filter", ISO2}, {"filter", "DOCKER-ISOLATION"}};
        for (String[] c : chains) {
            if (raw("-t", c[0], "-n", "-L", c[1]) == 0) {
                raw("-t", c[0], "-F", c[1]);
                raw("-t", c[0], "-X", c[1]);
            }
        }
        newChain("nat", DOCKER);
        newChain("filter", DOCKER);
        newChain("filter", FORWARD_CHAIN);
        newChain("filter", BRIDGE);
        newChain("filter", CT);
        newChain("filter", ISO1);
        newChain("filter", ISO2);
        // addNATJumpRules, hairpin off: OUTPUT leaves loopback destinations to docker-proxy
        append("nat", "PREROUTING", "-m", "addrtype", "--dst-type", "LOCAL", "-j", DOCKER);
        append("nat", "OUTPUT", "-m", "addrtype", "--dst-type", "LOCAL", "-j", DOCKER, "!", "--dst", "127.0.0.0/8");
        // (re-)inserted at the top, in reverse order
        ensureJump("FORWARD", FORWARD_CHAIN);
        ensureJump(FORWARD_CHAIN, BRIDGE);
        ensureJump(FORWARD_CHAIN, ISO1);
        ensureJump(FORWARD_CHAIN, CT);
    }

    /** setupUserChain (libnetwork/firewall_linux.go), at the end of the controller's start. */
    void setupUserChain() {
        newChain("filter", USER);
        ensureJump("FORWARD", USER);
    }

    /** FilterForwardDrop: when the daemon itself turned ip_forward on, FORWARD's policy becomes DROP. */
    void forwardDrop() { raw("-t", "filter", "-P", "FORWARD", "DROP"); }

    /** network.go setupIPTables for a bridge network (enable) or its removal (disable). */
    void network(String br, String prefix, boolean internal, boolean enable) {
        if (internal) {
            // setupInternalNetworkRules: nothing in or out but the subnet, ICC by an explicit accept
            rule(enable, true, "filter", ISO1, "-i", br, "!", "-d", prefix, "-j", "DROP");
            rule(enable, true, "filter", ISO1, "-o", br, "!", "-s", prefix, "-j", "DROP");
            rule(enable, false, "filter", FORWARD_CHAIN, "-i", br, "-o", br, "-j", "ACCEPT");
            return;
        }
        // setupNonInternalNetworkRules
        rule(enable, true, "nat", "POSTROUTING", "-s", prefix, "!", "-o", br, "-j", "MASQUERADE");
        rule(enable, true, "nat", DOCKER, "-i", br, "-j", "RETURN");
        rule(enable, false, "filter", FORWARD_CHAIN, "-i", br, "-j", "ACCEPT");
        // setDefaultForwardRule: after the per-port accepts, which are inserted above it
        rule(enable, false, "filter", DOCKER, "!", "-i", br, "-o", br, "-j", "DROP");
        rule(enable, false, "filter", CT, "-o", br, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT");
        rule(enable, false, "filter", BRIDGE, "-o", br, "-j", DOCKER);
        // setINC
        rule(enable, false, "filter", ISO1, "-i", br, "!", "-o", br, "-j", ISO2);
        rule(enable, true, "filter", ISO2, "-o", br, "-j", "DROP");
    }

    private void rule(boolean enable, boolean insert, String table, String chain, String... r) {
        if (!enable) delete(table, chain, r);
        else if (insert) insert(table, chain, r);
        else append(table, chain, r);
    }

    /** endpoint.go filterDirectAccess: only the bridge itself may address the container directly. */
    void endpoint(String br, String ip, boolean enable) {
        rule(enable, false, "raw", "PREROUTING", "-d", ip, "!", "-i", br, "-j", "DROP");
    }

    /** port.go setPerPortIptables for one binding: DNAT in nat DOCKER, the accept in filter DOCKER. */
    void port(String br, String proto, String hostIp, int hostPort, String ctrIp, int ctrPort, boolean enable) {
        if (hostIp.startsWith("127.")) {
            // filterPortMappedOnLoopback: a loopback-bound port is not reachable from outside
            rule(enable, false, "raw", "PREROUTING", "-p", proto, "-d", hostIp, "--dport", Integer.toString(hostPort),
                    "!", "-i", "lo", "-j", "DROP");
        }
        String d = hostIp.equals("0.0.0.0") ? "0/0" : hostIp;
        rule(enable, false, "nat", DOCKER, "-p", proto, "-d", d, "--dport", Integer.toString(hostPort), "-j", "DNAT",
                "--to-destination", ctrIp + ":" + ctrPort, "!", "-i", br);
        rule(enable, true, "filter", DOCKER, "!", "-i", br, "-o", br, "-p", proto, "-d", ctrIp, "--dport",
                Integer.toString(ctrPort), "-j", "ACCEPT");
    }
}
