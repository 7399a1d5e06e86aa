package linnet.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import linnet.kernel.core.NetDevice;

/**
 * Reads a lab file in containerlab's shape:
 * <pre>
 * name: NAME
 * topology:
 *   nodes:
 *     host1: {kind: linux}
 *     host2:
 *       kind: linux
 *       exec:
 *         - ip addr add 192.168.3.2/24 dev eth1
 *   links:
 *     - endpoints: ["host1:eth1", "host2:eth1"]
 * </pre>
 * Every node is a Linux machine ({@code kind: linux}, the default; {@code image:} is accepted and
 * means nothing here, every machine runs the same emulated system). Anything else is an error
 * naming the line and what was expected there. Built-in labs ({@link #BUILT_IN}) are lab files too.
 */
public final class LabFile {
    private LabFile() {}

    /** The labs linnet ships, by the name {@code --lab} takes. */
    public static final List<String> BUILT_IN = List.of("two-hosts");

    /** A built-in lab by name, or a file by path; a name that is neither is an error. */
    public static LabSpec load(String nameOrPath) throws LabFileException {
        if (BUILT_IN.contains(nameOrPath)) {
            try (InputStream in = LabFile.class.getResourceAsStream(nameOrPath + ".yml")) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), nameOrPath);
            } catch (IOException e) {
                throw new IllegalStateException("built-in lab " + nameOrPath, e);
            }
        }
        String text;
        try {
            text = java.nio.file.Files.readString(java.nio.file.Path.of(nameOrPath));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LabFileException(nameOrPath, 0, "cannot read the lab file (built-in labs: " + String.join(", ", BUILT_IN) + ")");
        }
        return parse(text, nameOrPath);
    }

    public static LabSpec parse(String text, String source) throws LabFileException {
        Yaml.Value root = Yaml.parse(text, source);
        Check c = new Check(source);
        Map<String, Yaml.Value> top = c.map(root, "the lab (\"name:\" and \"topology:\")");
        c.keys(top, Set.of("name", "topology"), "name, topology");
        String name = top.containsKey("name") ? c.word(top.get("name"), "name") : source;
        Yaml.Value topo = top.get("topology");
        if (topo == null) throw new LabFileException(source, root.line(), "missing \"topology:\" (with \"nodes:\")");
        Map<String, Yaml.Value> t = c.map(topo, "\"topology:\" (a mapping with \"nodes:\" and \"links:\")");
        c.keys(t, Set.of("nodes", "links"), "nodes, links");
        Yaml.Value nodesV = t.get("nodes");
        if (nodesV == null) throw new LabFileException(source, topo.line(), "missing \"nodes:\" under \"topology:\"");
        Map<String, Yaml.Value> nodesM = c.map(nodesV, "\"nodes:\" (NAME: {kind: linux} for each machine)");
        if (nodesM.isEmpty()) throw new LabFileException(source, nodesV.line(), "\"nodes:\" lists no machine");
        Map<String, LabSpec.Node> nodes = new LinkedHashMap<>();
        for (var e : nodesM.entrySet()) nodes.put(e.getKey(), c.node(e.getKey(), e.getValue()));
        List<LabSpec.Link> links = new ArrayList<>();
        Yaml.Value linksV = t.get("links");
        if (linksV != null && linksV.v() != null) {
            if (!linksV.isList()) throw new LabFileException(source, linksV.line(),
                    "\"links:\" must be a list of \"- endpoints: [\"NODE:IFACE\", \"NODE:IFACE\"]\", got " + linksV.what());
            Map<String, Integer> used = new LinkedHashMap<>();
            for (Yaml.Value l : linksV.list()) links.add(c.link(l, nodes.keySet(), used));
        }
        return new LabSpec(name, List.copyOf(nodes.values()), List.copyOf(links));
    }

    /** The checks, each naming the line of the value it rejects. */
    private record Check(String source) {
        LabFileException at(Yaml.Value v, String msg) { return new LabFileException(source, v.line(), msg); }

        Map<String, Yaml.Value> map(Yaml.Value v, String what) throws LabFileException {
            if (!v.isMap()) throw at(v, "expected " + what + ", got " + v.what());
            return v.map();
        }

        void keys(Map<String, Yaml.Value> m, Set<String> known, String list) throws LabFileException {
            for (var e : m.entrySet())
                if (!known.contains(e.getKey())) throw at(e.getValue(), "unknown key \"" + e.getKey() + "\" (expected " + list + ")");
        }

        String word(Yaml.Value v, String key) throws LabFileException {
            if (!v.isScalar() || v.str() == null || v.str().isEmpty()) throw at(v, "\"" + key + ":\" needs a word, got " + v.what());
            return v.str();
        }

        LabSpec.Node node(String name, Yaml.Value v) throws LabFileException {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || name.length() > 63)
                throw at(v, "node name \"" + name + "\" (letters, digits, '-', '_', '.', at most 63)");
            List<String> exec = new ArrayList<>();
            if (v.v() == null) return new LabSpec.Node(name, List.of());
            Map<String, Yaml.Value> m = map(v, "node \"" + name + "\" to be a mapping ({kind: linux})");
            keys(m, Set.of("kind", "image", "exec"), "kind, image, exec");
            if (m.containsKey("kind")) {
                String kind = word(m.get("kind"), "kind");
                if (!kind.equals("linux"))
                    throw at(m.get("kind"), "node \"" + name + "\": kind \"" + kind + "\" is not emulated (expected kind: linux)");
            }
            if (m.containsKey("image")) word(m.get("image"), "image");
            Yaml.Value ex = m.get("exec");
            if (ex != null && ex.v() != null) {
                if (!ex.isList()) throw at(ex, "\"exec:\" must be a list of command lines, got " + ex.what());
                for (Yaml.Value cmd : ex.list()) {
                    if (!cmd.isScalar() || cmd.str() == null) throw at(cmd, "an \"exec:\" item must be a command line, got " + cmd.what());
                    exec.add(cmd.str());
                }
            }
            return new LabSpec.Node(name, List.copyOf(exec));
        }

        LabSpec.Link link(Yaml.Value v, Set<String> nodes, Map<String, Integer> used) throws LabFileException {
            if (!v.isMap()) throw at(v, "expected a link (- endpoints: [\"NODE:IFACE\", \"NODE:IFACE\"]), got " + v.what());
            keys(v.map(), Set.of("endpoints"), "endpoints");
            Yaml.Value ep = v.map().get("endpoints");
            if (ep == null) throw at(v, "a link without \"endpoints:\"");
            if (!ep.isList() || ep.list().size() != 2)
                throw at(ep, "\"endpoints:\" must list two \"NODE:IFACE\" ends, got " + (ep.isList() ? ep.list().size() + " items" : ep.what()));
            LabSpec.Endpoint a = endpoint(ep.list().get(0), nodes, used), b = endpoint(ep.list().get(1), nodes, used);
            return new LabSpec.Link(a, b);
        }

        LabSpec.Endpoint endpoint(Yaml.Value v, Set<String> nodes, Map<String, Integer> used) throws LabFileException {
            if (!v.isScalar() || v.str() == null) throw at(v, "expected an endpoint \"NODE:IFACE\", got " + v.what());
            String s = v.str();
            int colon = s.indexOf(':');
            if (colon <= 0 || colon == s.length() - 1) throw at(v, "endpoint \"" + s + "\" is not \"NODE:IFACE\"");
            String node = s.substring(0, colon), iface = s.substring(colon + 1);
            if (!nodes.contains(node)) throw at(v, "endpoint \"" + s + "\": no node \"" + node + "\" in \"nodes:\"");
            if (!NetDevice.validName(iface) || iface.equals("lo"))
                throw at(v, "endpoint \"" + s + "\": \"" + iface + "\" is not a valid interface name");
            Integer prev = used.putIfAbsent(s, v.line());
            if (prev != null) throw at(v, "endpoint \"" + s + "\" is already cabled (line " + prev + ")");
            return new LabSpec.Endpoint(node, iface);
        }
    }
}
