package linnet.lab;

import java.util.List;

/**
 * What a lab file describes (containerlab's shape): named nodes, each a Linux machine with the
 * commands its {@code exec:} list runs once it is up, and the cables between them, each joining
 * an interface of one node to an interface of another.
 */
public record LabSpec(String name, List<Node> nodes, List<Link> links) {
    /** A machine of the lab; {@code exec} runs in its root namespace after every cable is plugged in. */
    public record Node(String name, List<String> exec) {}

    /** One end of a cable: the node and the name its interface gets there. */
    public record Endpoint(String node, String iface) {
        @Override
        public String toString() { return node + ":" + iface; }
    }

    /** A point-to-point cable (containerlab makes it a veth pair; here two NICs on one wire). */
    public record Link(Endpoint a, Endpoint b) {}
}
