package linnet.userspace.docker;

import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.sim.EventLoop;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;

/**
 * docker-proxy (cmd/docker-proxy, started by bridge/port_mapping_linux.go with the listening
 * socket the daemon bound for it): for one published TCP port, accepts on the host address and
 * relays each connection to the container's address and port. With the userland proxy on (the
 * default), this is what answers connections that the DOCKER chain does not DNAT: those to
 * 127.0.0.1 from the host (nat OUTPUT skips 127/8) and those from a container of the same bridge
 * to a host address (nat DOCKER returns early for -i BRIDGE).
 */
final class DockerProxy {
    private DockerProxy() {}

    static Tasks.Task start(Dockerd d, Container.PortBinding b, int ctrIp) throws DockerError {
        Ctx ctx = d.ctx;
        TcpSocket l = ctx.host.ipv4().tcp.socket(d.root);
        // SO_REUSEADDR, as servers set it before bind
        l.reuseAddr = true;
        try {
            l.bind(linnet.wire.Inet4.parse(b.hostIp()), b.hostPort());
            l.listen(4096);
        } catch (KernelException e) {
            l.close();
            throw new DockerError(500, "failed to set up container networking: driver failed programming external connectivity: "
                    + "failed to bind host port for " + b.hostIp() + ":" + b.hostPort() + ":" + linnet.wire.Inet4.format(ctrIp) + ":"
                    + b.containerPort() + "/tcp: address already in use");
        }
        Tasks tasks = d.kernel.loop.tasks() != null ? d.kernel.loop.tasks() : new Tasks(d.kernel.loop);
        return tasks.spawn("docker-proxy", () -> {
            EventLoop loop = d.kernel.loop;
            try {
                while (true) {
                    loop.runWhile(() -> !l.hasPendingAccept(), Long.MAX_VALUE);
                    TcpSocket c = l.accept();
                    if (c == null) return 0;
                    relay(d, c, ctrIp, b.containerPort());
                }
            } finally {
                l.close();
            }
        });
    }

    /** One connection: connect to the container, copy both ways until both sides have closed. */
    static void relay(Dockerd d, TcpSocket c, int ip, int port) {
        EventLoop loop = d.kernel.loop;
        TcpSocket up = d.ctx.host.ipv4().tcp.socket(d.root);
        try {
            up.connect(ip, port);
            loop.runWhile(up::connecting, Long.MAX_VALUE);
            if (!up.established()) return;
            boolean cDone = false, uDone = false;
            while (!(cDone && uDone)) {
                boolean cd = cDone, ud = uDone;
                loop.runWhile(() -> !(!cd && c.readable()) && !(!ud && up.readable()), Long.MAX_VALUE);
                boolean moved = false;
                if (!cDone && c.available() > 0) { up.send(c.read()); moved = true; }
                if (!uDone && up.available() > 0) { c.send(up.read()); moved = true; }
                if (!cDone && c.readable() && c.available() == 0) { cDone = true; up.shutdownWrite(); moved = true; }
                if (!uDone && up.readable() && up.available() == 0) { uDone = true; c.shutdownWrite(); moved = true; }
                if (!moved) return;
            }
        } catch (KernelException e) {
            // a reset on either side ends the relay
        } finally {
            up.close();
            c.close();
        }
    }
}
