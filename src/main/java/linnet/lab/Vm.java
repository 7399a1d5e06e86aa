package linnet.lab;

import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.GuestNic;
import linnet.kernel.rtnl.TunFd;

/**
 * A virtual machine of the lab: its own kernel (a {@link Machine}) whose eth0 is the far end of a
 * tap device on the host, as qemu's "-netdev tap" makes it. The hypervisor is the tap's program:
 * frames the host sends out of the tap reach the guest's eth0 and the other way round.
 */
public final class Vm {
    public final String name;
    public final Machine guest;
    public final String tap;
    private final TunFd fd;

    private Vm(String name, Machine guest, String tap, TunFd fd) {
        this.name = name;
        this.guest = guest;
        this.tap = tap;
        this.fd = fd;
    }

    /** Boots a guest attached to host tap {@code tap} in namespace {@code hostNet} (created if missing). */
    public static Vm start(Lab lab, String name, Net hostNet, String tap) throws KernelException {
        Machine guest = new Machine(lab.loop, lab.rng);
        guest.kernel.initNet().byName("lo").open();
        long mac = 0x52_54_00_00_00_00L | (lab.rng.nextLong() & 0xff_ffffL);
        GuestNic nic = new GuestNic(guest.kernel, "eth0", mac);
        guest.kernel.registerNetdevice(guest.kernel.initNet(), nic);
        TunFd fd = TunFd.open(lab.main.kernel, hostNet);
        fd.setIff(tap, TunFd.IFF_TAP | TunFd.IFF_NO_PI);
        nic.setBackend(frame -> {
            try {
                fd.write(frame);
            } catch (KernelException e) {
                // The tap went away: the guest's frame is lost, as on a real host.
            }
        });
        fd.setOnReadable(() -> {
            try {
                byte[] f;
                while ((f = fd.read()) != null) nic.receive(f);
            } catch (KernelException e) {
                // Device deleted under the hypervisor: nothing more to read.
            }
        });
        Vm vm = new Vm(name, guest, tap, fd);
        lab.add(guest);
        return vm;
    }

    /** Powers the guest off: the hypervisor closes its tap file. */
    public void stop() { fd.close(); }
}
