package linnet.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;
import linnet.tools.ethtool.Ethtool;
import linnet.tools.fs.Cat;
import linnet.tools.fs.Echo;
import linnet.tools.fs.Ls;
import linnet.tools.ip.Ip;
import linnet.tools.nettools.Ifconfig;
import linnet.tools.nettools.RouteTool;
import linnet.tools.ping.Ping;
import linnet.tools.sysctl.SysctlTool;

/** The programs on the emulated machine's PATH, and how a command line reaches one. */
public final class Programs {
    private final Map<String, Tool> tools = new HashMap<>();

    public Programs() {
        tools.put("ip", new Ip());
        tools.put("ping", new Ping());
        tools.put("cat", new Cat());
        tools.put("ls", new Ls());
        tools.put("echo", new Echo());
        tools.put("sysctl", new SysctlTool());
        tools.put("ethtool", new Ethtool());
        tools.put("route", new RouteTool());
        tools.put("traceroute", new linnet.tools.traceroute.Traceroute());
        tools.put("ifconfig", new Ifconfig());
        tools.put("conntrack", new linnet.tools.conntrack.ConntrackTool());
        tools.put("bridge", new linnet.tools.bridge.BridgeTool());
        tools.put("brctl", new linnet.tools.bridge.Brctl());
        tools.put("iptables", new linnet.tools.iptables.Iptables());
        tools.put("iptables-save", new linnet.tools.iptables.IptablesSave());
        tools.put("iptables-restore", new linnet.tools.iptables.IptablesRestore());
        tools.put("sleep", new linnet.tools.sleep.Sleep());
        tools.put("nc", new linnet.tools.nc.Nc());
        tools.put("netcat", new linnet.tools.nc.Nc());
    }

    /** execvp: runs argv[0] with the rest; "command not found" as bash says it (exit 127). */
    public int exec(Ctx ctx, List<String> argv) {
        if (argv.isEmpty()) return 0;
        String name = argv.get(0);
        int slash = name.lastIndexOf('/');
        if (slash >= 0) name = name.substring(slash + 1);
        Tool t = tools.get(name);
        if (t == null) {
            ctx.err.println("/bin/bash: line 1: " + argv.get(0) + ": command not found");
            return 127;
        }
        try {
            return t.run(ctx, argv.subList(1, argv.size()));
        } catch (ToolExit e) {
            return e.status;
        }
    }
}
