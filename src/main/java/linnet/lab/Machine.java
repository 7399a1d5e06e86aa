package linnet.lab;

import linnet.kernel.core.Kernel;
import linnet.kernel.drivers.Loopback;
import linnet.kernel.ipv4.Ipv4;
import linnet.kernel.ipv6.AfInet6;
import linnet.kernel.rtnl.Host;
import linnet.kernel.rtnl.NetnsFiles;
import linnet.kernel.rtnl.Rtnl;
import linnet.sim.EventLoop;
import linnet.sim.Rng;

/** One emulated machine: a kernel booted with IPv4/IPv6, its root namespace, its /run/netns. */
public final class Machine {
    public final Kernel kernel;
    public final Host host;

    public Machine(EventLoop loop, Rng rng) {
        kernel = new Kernel(loop, rng);
        Ipv4 ipv4 = Ipv4.init(kernel);
        AfInet6.init(kernel);
        linnet.kernel.bridge.BrNotify.init(kernel);
        linnet.kernel.drivers.Macvlan.init(kernel);
        linnet.kernel.drivers.Vxlan.init(kernel);
        linnet.kernel.drivers.Vlan.init(kernel);
        linnet.kernel.drivers.Ipvlan.init(kernel);
        linnet.kernel.drivers.Bond.init(kernel);
        kernel.newNet(Loopback::new);
        NetnsFiles files = new NetnsFiles(kernel);
        host = new Host(kernel, new Rtnl(kernel), files, ipv4, new linnet.kernel.fs.Vfs(files, kernel.loop::now, kernel::initNet),
                new linnet.kernel.proc.PidTable(kernel));
    }
}
