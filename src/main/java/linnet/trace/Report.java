package linnet.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import linnet.kernel.core.Net;

/**
 * A trace told: the one-line explanation first, then each packet (copies after their original)
 * with its steps, times in seconds since the trace began on the virtual clock. IPv6's own upkeep
 * (router and neighbour solicitations, MLD reports) that no shown packet caused is left out
 * unless {@code all}; so are copies that went nowhere. {@link #json} gives the same for programs.
 */
public final class Report {
    /** What the text form shows at most without --all: a storm's millions of copies help nobody. */
    public static final int MAX_PACKETS = 100, MAX_STEPS = 60;

    private final Recorder rec;
    private final Function<Net, String> names;
    private final Function<Object, String> rules;
    private final long startNs;
    private final boolean all;

    /**
     * {@code names} names a namespace as the user knows it ("host", "ns1"); {@code rules} words a
     * netfilter rule object as iptables -S does; {@code startNs}: when the trace began.
     */
    public Report(Recorder rec, Function<Net, String> names, Function<Object, String> rules, long startNs, boolean all) {
        this.rec = rec;
        this.names = names;
        this.rules = rules;
        this.startNs = startNs;
        this.all = all;
    }

    /** The packets a reader is shown, in order; numbered on the way (1, 2, ...; copies 2.1, 2.2). */
    List<Packet> shown() {
        // the recording is over when a report is made: the selection and its numbers are made once
        if (shown != null) return shown;
        List<Packet> out = new ArrayList<>();
        Map<Packet, int[]> copies = new IdentityHashMap<>();
        for (Packet p : rec.packets()) {
            if (p.steps.isEmpty()) continue;
            if (!all && Describe.housekeeping(p.original().what) && !causedByShown(p)) continue;
            Packet o = p.original();
            if (!labels.containsKey(o)) labels.put(o, Integer.toString(labels.size() - copyLabels + 1));
            if (p != o) {
                labels.put(p, labels.get(o) + "." + ++copies.computeIfAbsent(o, k -> new int[1])[0]);
                copyLabels++;
            }
            out.add(p);
        }
        return shown = out;
    }

    private List<Packet> shown;
    private final Map<Packet, String> labels = new IdentityHashMap<>();
    private int copyLabels;

    /** A packet's number in this report ("3", a copy "3.1"); "?" for one not shown. */
    String label(Packet p) {
        String l = labels.get(p);
        return l != null ? l : labels.getOrDefault(p.original(), "?");
    }

    private Explain explain() { return new Explain(rec, names, rules, this::label); }

    private static boolean causedByShown(Packet p) {
        for (Packet c = p.original().cause; c != null; c = c.original().cause)
            if (!Describe.housekeeping(c.original().what)) return true;
        return false;
    }

    /** Whether there is nothing to tell: no packet shown, no failed send. */
    public boolean isEmpty() { return shown().isEmpty() && rec.unsent().isEmpty(); }

    /** The explanation line alone. */
    public String explanation() { return explain().line(shown()); }

    public String text() {
        StringBuilder sb = new StringBuilder();
        List<Packet> shown = shown();
        sb.append("linnet trace: ").append(explain().line(shown)).append('\n');
        for (Step s : rec.unsent())
            sb.append("   no packet: ").append(row(s)).append('\n');
        int n = 0;
        for (Packet p : shown) {
            if (!all && ++n > MAX_PACKETS) {
                sb.append("... ").append(shown.size() - MAX_PACKETS).append(" more packets (--all shows every one)\n");
                break;
            }
            sb.append('#').append(label(p)).append(' ').append(p.what);
            if (p.copyOf != null) sb.append("  (a copy of #").append(label(p.copyOf)).append(')');
            else if (p.cause != null)
                sb.append("  (caused by #").append(label(p.cause))
                        .append(p.causeWhy != null ? ": " + p.causeWhy : ", sent while it was handled").append(')');
            sb.append('\n');
            int k = 0;
            for (Step s : p.steps) {
                if (!all && ++k > MAX_STEPS) {
                    sb.append("   ... ").append(p.steps.size() - MAX_STEPS).append(" more steps\n");
                    break;
                }
                sb.append("   ").append(row(s)).append('\n');
            }
        }
        if (rec.stopped())
            sb.append("... the trace stopped there: it keeps ").append(Recorder.MAX_STEPS).append(" steps of ")
                    .append(Recorder.MAX_PACKETS).append(" packets at most\n");
        return sb.toString();
    }

    private String row(Step s) {
        return String.format(Locale.ROOT, "%10.6f  %-8s %-10s %-9s %s", (s.timeNs() - startNs) / 1e9, names.apply(s.net()),
                s.dev() != null ? s.dev() : "-", s.kind().name().toLowerCase(Locale.ROOT), words(s));
    }

    /** A step's words: the tracepoint's text, a drop's reason name, a netfilter verdict with its rule. */
    String words(Step s) {
        if (s.verdict() != null) {
            Step.Verdict v = s.verdict();
            String where = v.table() + ":" + v.chain();
            return v.ruleNum() == 0 ? where + " policy " + v.verdict()
                    : where + " rule " + v.ruleNum() + " (" + rules.apply(v.rule()) + "): " + v.verdict();
        }
        if (s.reason() != null) return "SKB_DROP_REASON_" + s.reason().name() + (s.text() != null ? ": " + s.text() : "");
        return s.text() != null ? s.text() : "";
    }

    /** The same trace as one JSON object: {"explanation": ..., "unsent": [...], "packets": [...]}. */
    public String json() {
        List<Packet> shown = shown();
        StringBuilder sb = new StringBuilder("{\"explanation\":");
        str(sb, explain().line(shown));
        sb.append(",\"unsent\":[");
        String sep = "";
        for (Step s : rec.unsent()) {
            sb.append(sep);
            step(sb, s);
            sep = ",";
        }
        sb.append("],\"packets\":[");
        sep = "";
        for (Packet p : shown) {
            sb.append(sep).append("{\"id\":");
            str(sb, label(p));
            sb.append(",\"what\":");
            str(sb, p.what);
            if (p.copyOf != null) {
                sb.append(",\"copyOf\":");
                str(sb, label(p.copyOf));
            } else if (p.cause != null) {
                sb.append(",\"causedBy\":");
                str(sb, label(p.cause));
                sb.append(",\"why\":");
                str(sb, p.causeWhy);
            }
            sb.append(",\"steps\":[");
            String s2 = "";
            for (Step s : p.steps) {
                sb.append(s2);
                step(sb, s);
                s2 = ",";
            }
            sb.append("]}");
            sep = ",";
        }
        sb.append("],\"stopped\":").append(rec.stopped()).append("}\n");
        return sb.toString();
    }

    private void step(StringBuilder sb, Step s) {
        sb.append("{\"timeNs\":").append(s.timeNs() - startNs).append(",\"netns\":");
        str(sb, names.apply(s.net()));
        sb.append(",\"dev\":");
        str(sb, s.dev());
        sb.append(",\"kind\":");
        str(sb, s.kind().name().toLowerCase(Locale.ROOT));
        if (s.reason() != null) {
            sb.append(",\"dropReason\":");
            str(sb, "SKB_DROP_REASON_" + s.reason().name());
        }
        if (s.verdict() != null) {
            Step.Verdict v = s.verdict();
            sb.append(",\"table\":");
            str(sb, v.table());
            sb.append(",\"chain\":");
            str(sb, v.chain());
            sb.append(",\"rule\":").append(v.ruleNum());
            if (v.ruleNum() > 0) {
                sb.append(",\"ruleSpec\":");
                str(sb, rules.apply(v.rule()));
            }
            sb.append(",\"verdict\":");
            str(sb, v.verdict());
        }
        if (s.text() != null) {
            sb.append(",\"text\":");
            str(sb, s.text());
        }
        sb.append('}');
    }

    static void str(StringBuilder sb, String s) {
        if (s == null) sb.append("null");
        else linnet.tools.common.Printer.quote(sb, s);
    }
}
