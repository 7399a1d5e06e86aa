package linnet.view.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The topology drawn as ASCII boxes, Graphviz DOT, a Mermaid flowchart, or a self-laid-out SVG. */
public final class Render {
    private Render() {}

    /** Namespace boxes of +-| with one line per device, then the wires between them. */
    public static String ascii(Topology t) {
        StringBuilder s = new StringBuilder();
        for (Topology.Box b : t.boxes) {
            List<String> lines = new ArrayList<>();
            if (b.groupLabel() != null) lines.add("(namespaces grouped)");
            for (Topology.Dev d : b.devs()) lines.add(Topology.label(d));
            if (lines.isEmpty()) lines.add("(no devices)");
            String title = (b.groupLabel() != null ? "" : b.name().equals("host") ? "" : "netns ") + b.name();
            int w = title.length() + 4;
            for (String l : lines) w = Math.max(w, l.length() + 2);
            s.append("+- ").append(title).append(' ').append("-".repeat(w - title.length() - 3)).append("+\n");
            for (String l : lines) s.append("| ").append(l).append(" ".repeat(w - l.length() - 1)).append("|\n");
            s.append('+').append("-".repeat(w)).append("+\n");
        }
        if (!t.wires.isEmpty()) {
            s.append("wires:\n");
            for (Topology.Wire w : t.wires) {
                String line = w.kind().startsWith("veth*") ? " ===veth x" + w.kind().substring(5) + "=== "
                        : w.kind().equals("veth") ? " ====veth==== " : " --" + w.kind() + "--> ";
                s.append("  ").append(w.a()).append(line).append(w.b()).append('\n');
            }
        }
        return s.toString();
    }

    private static String q(String s) { return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; }

    /** Graphviz: a cluster per namespace, a node per device, veth pairs as undirected edges. */
    public static String dot(Topology t) {
        StringBuilder s = new StringBuilder("graph linnet {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        int c = 0;
        for (Topology.Box b : t.boxes) {
            s.append("  subgraph cluster_").append(c++).append(" {\n    label=").append(q(b.name())).append(";\n");
            if (b.groupLabel() != null) s.append("    ").append(q(b.name() + ":*")).append(" [label=\"veth\"];\n");
            for (Topology.Dev d : b.devs()) {
                s.append("    ").append(q(d.id())).append(" [label=").append(q(Topology.label(d)))
                        .append(d.state().equals("UP") ? "" : ", style=dashed").append("];\n");
            }
            s.append("  }\n");
        }
        for (Topology.Dev d : devs(t)) {
            if (d.master() != null) s.append("  ").append(q(d.id())).append(" -- ").append(q(d.ns() + ":" + d.master()))
                    .append(" [style=dotted, label=\"port\"];\n");
        }
        for (Topology.Wire w : t.wires) {
            s.append("  ").append(q(w.a())).append(" -- ").append(q(w.b())).append(" [label=")
                    .append(q(w.kind().replace("*", " x"))).append("];\n");
        }
        return s.append("}\n").toString();
    }

    /** Mermaid flowchart: a subgraph per namespace. */
    public static String mermaid(Topology t) {
        Map<String, String> ids = new HashMap<>();
        StringBuilder s = new StringBuilder("flowchart LR\n");
        int c = 0;
        for (Topology.Box b : t.boxes) {
            s.append("  subgraph ns").append(c++).append("[\"").append(esc(b.name())).append("\"]\n");
            if (b.groupLabel() != null) {
                String id = "d" + ids.size();
                ids.put(b.name() + ":*", id);
                s.append("    ").append(id).append("[\"veth\"]\n");
            }
            for (Topology.Dev d : b.devs()) {
                String id = "d" + ids.size();
                ids.put(d.id(), id);
                s.append("    ").append(id).append("[\"").append(esc(Topology.label(d))).append("\"]\n");
            }
            s.append("  end\n");
        }
        for (Topology.Dev d : devs(t)) {
            String m = ids.get(d.ns() + ":" + d.master());
            if (d.master() != null && m != null) s.append("  ").append(ids.get(d.id())).append(" -.- ").append(m).append('\n');
        }
        for (Topology.Wire w : t.wires) {
            String a = ids.get(w.a()), b = ids.get(w.b());
            if (a == null || b == null) continue;
            s.append("  ").append(a).append(" ---|").append(w.kind().replace("*", " x")).append("| ").append(b).append('\n');
        }
        return s.toString();
    }

    private static String esc(String s) { return s.replace("\"", "#quot;"); }

    static List<Topology.Dev> devs(Topology t) {
        List<Topology.Dev> l = new ArrayList<>();
        for (Topology.Box b : t.boxes) l.addAll(b.devs());
        return l;
    }

    private static String x(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /**
     * SVG by a layered layout: boxes holding a bridge (hubs) in the top row, the others below in
     * rows of at most {@code PER_ROW}; a device is a line in its box, a wire a straight line between devices.
     */
    public static String svg(Topology t) {
        final int cw = 7, lh = 18, pad = 10, gap = 40, perRow = 6;
        List<Topology.Box> hubs = new ArrayList<>(), rest = new ArrayList<>();
        for (Topology.Box b : t.boxes) {
            boolean hub = b.devs().stream().anyMatch(d -> d.kind().equals("bridge")) || b.name().equals("host");
            (hub ? hubs : rest).add(b);
        }
        List<List<Topology.Box>> rows = new ArrayList<>();
        if (!hubs.isEmpty()) rows.add(hubs);
        for (int i = 0; i < rest.size(); i += perRow) rows.add(rest.subList(i, Math.min(rest.size(), i + perRow)));
        Map<String, int[]> anchor = new HashMap<>(); // device id -> x, y (middle of its line), box left, box right
        StringBuilder boxes = new StringBuilder();
        int y = pad, width = 0;
        for (List<Topology.Box> row : rows) {
            int x = pad, rowH = 0;
            for (Topology.Box b : row) {
                List<String> lines = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (Topology.Dev d : b.devs()) { lines.add(Topology.label(d)); ids.add(d.id()); }
                if (b.groupLabel() != null) { lines.add("veth (each)"); ids.add(b.name() + ":*"); }
                int w = b.name().length() * cw + 2 * pad;
                for (String l : lines) w = Math.max(w, l.length() * cw + 2 * pad);
                int h = (lines.size() + 1) * lh + pad;
                boxes.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(h).append("\" rx=\"6\" fill=\"").append(b.groupLabel() != null ? "#f4f4f4" : "#eef4ff")
                        .append("\" stroke=\"#335\"/>\n");
                boxes.append("<text x=\"").append(x + pad).append("\" y=\"").append(y + lh - 3)
                        .append("\" font-weight=\"bold\">").append(x(b.name())).append("</text>\n");
                for (int i = 0; i < lines.size(); i++) {
                    int ly = y + (i + 2) * lh - 3;
                    String id = ids.get(i);
                    Topology.Dev d = b.devs().size() > i ? b.devs().get(i) : null;
                    String fill = d == null || d.state().equals("UP") ? "#000" : "#b00";
                    boxes.append("<text x=\"").append(x + pad).append("\" y=\"").append(ly).append("\" fill=\"").append(fill)
                            .append("\">").append(x(lines.get(i))).append("</text>\n");
                    anchor.put(id, new int[] {x + w / 2, ly - 5, x, x + w, y, y + h});
                }
                x += w + gap;
                rowH = Math.max(rowH, h);
            }
            width = Math.max(width, x - gap + pad);
            y += rowH + gap * 2;
        }
        int height = y - gap * 2 + pad;
        StringBuilder lines = new StringBuilder();
        for (Topology.Wire w : t.wires) {
            int[] a = anchor.get(w.a()), b = anchor.get(w.b());
            if (a == null || b == null) continue;
            int[] top = a[4] <= b[4] ? a : b, bot = top == a ? b : a;
            int x1, y1, x2, y2;
            if (top[4] == bot[4]) { // same row: from side to side
                boolean leftFirst = top[2] < bot[2];
                x1 = leftFirst ? top[3] : top[2]; y1 = top[1];
                x2 = leftFirst ? bot[2] : bot[3]; y2 = bot[1];
            } else {
                x1 = top[0]; y1 = top[5];
                x2 = bot[0]; y2 = bot[4];
            }
            String color = w.kind().startsWith("veth") ? "#060" : "#a50";
            lines.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>\n");
            lines.append("<text x=\"").append((x1 + x2) / 2 + 4).append("\" y=\"").append((y1 + y2) / 2)
                    .append("\" fill=\"").append(color).append("\" font-size=\"11\">")
                    .append(x(w.kind().replace("*", " x") + " " + w.a().substring(w.a().indexOf(':') + 1) + "-"
                            + w.b().substring(w.b().indexOf(':') + 1))).append("</text>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" font-family=\"monospace\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
                + boxes + lines + "</svg>\n";
    }
}
