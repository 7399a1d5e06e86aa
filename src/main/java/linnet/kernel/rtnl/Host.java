package linnet.kernel.rtnl;

import linnet.kernel.core.Kernel;
import linnet.kernel.ipv4.Ipv4;

/** Everything a user-space program of one machine may reach: the kernel's doors. */
public record Host(Kernel kernel, Rtnl rtnl, NetnsFiles netns, Ipv4 ipv4, linnet.kernel.fs.Vfs vfs,
        linnet.kernel.proc.PidTable pids) {}
