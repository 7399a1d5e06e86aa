package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.Loopback;

/**
 * The files under /run/netns (/var/run/netns): named namespaces are bind mounts there. Kept
 * with the kernel here because the emulated machine has no other filesystem; listing order
 * is tmpfs readdir order (newest first), as `ip netns list` shows it.
 */
public final class NetnsFiles {
    private final Kernel kernel;
    private final Map<String, Net> files = new LinkedHashMap<>();

    public NetnsFiles(Kernel kernel) { this.kernel = kernel; }

    public Net get(String name) { return files.get(name); }

    public boolean exists(String name) { return files.containsKey(name); }

    /** `ip netns add`: unshare a new namespace and bind-mount it; its lo is down. */
    public Net add(String name) {
        Net n = kernel.newNet(Loopback::new);
        mount(name, n);
        return n;
    }

    /** Mounts an existing namespace under a name (`ip netns attach`). */
    public void attach(String name, Net net) { mount(name, net); }

    private void mount(String name, Net net) {
        kernel.getNet(net);
        Net old = files.put(name, net);
        if (old != null) kernel.putNet(old);
    }

    /** `ip netns del`: unmount; the namespace dies when nothing else (another mount, a process) holds it. */
    public void delete(String name) {
        Net n = files.remove(name);
        if (n != null) kernel.putNet(n);
    }

    /** Names in readdir order of a tmpfs: newest first. */
    public List<String> namesNewestFirst() {
        List<String> l = new ArrayList<>(files.keySet());
        java.util.Collections.reverse(l);
        return l;
    }

    /** The name under which {@code net} is mounted, or null. */
    public String nameOf(Net net) {
        for (Map.Entry<String, Net> e : files.entrySet()) if (e.getValue() == net) return e.getKey();
        return null;
    }
}
