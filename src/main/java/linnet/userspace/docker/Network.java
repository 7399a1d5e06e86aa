package linnet.userspace.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One libnetwork network: what `docker network inspect` shows, and the bridge it owns. */
final class Network {
    final String id, name, driver;
    final long created;
    /** The IPv4 pool and gateway (0 / null for host and none). */
    final Ipam.Prefix subnet;
    final int gateway;
    /** Whether --subnet/--gateway were given (inspect shows only what the user asked for... and what IPAM chose). */
    final boolean internal, isDefault;
    /** The Linux bridge ("docker0", "br-" + the id's first 12 characters). */
    final String bridge;
    final Map<String, String> options = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    /** Endpoints by container id, in joining order. */
    final Map<String, Container.Endpoint> endpoints = new LinkedHashMap<>();

    Network(String id, String name, String driver, long created, Ipam.Prefix subnet, int gateway, boolean internal,
            boolean isDefault, String bridge) {
        this.id = id;
        this.name = name;
        this.driver = driver;
        this.created = created;
        this.subnet = subnet;
        this.gateway = gateway;
        this.internal = internal;
        this.isDefault = isDefault;
        this.bridge = bridge;
    }

    boolean isBridge() { return driver.equals("bridge"); }

    /** Addresses in use: the gateway and every endpoint's. */
    List<Integer> used() {
        List<Integer> l = new ArrayList<>();
        if (gateway != 0) l.add(gateway);
        for (Container.Endpoint e : endpoints.values()) l.add(e.ip);
        return l;
    }
}
