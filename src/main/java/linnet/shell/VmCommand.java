package linnet.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.lab.Lab;
import linnet.lab.Vm;
import linnet.tools.common.Ctx;

/**
 * linnet's own `vm` command (a script has no qemu): `vm add NAME tap TAP` boots a guest whose eth0
 * sits behind the host's tap TAP, `vm exec NAME CMD...` runs a command inside it, `vm list`, `vm del`.
 */
final class VmCommand {
    private final Lab lab;
    private final Programs programs;
    private final Map<String, Vm> vms = new LinkedHashMap<>();

    VmCommand(Lab lab, Programs programs) {
        this.lab = lab;
        this.programs = programs;
    }

    int run(Ctx ctx, List<String> args) {
        if (args.isEmpty()) return usage(ctx);
        switch (args.get(0)) {
            case "add" -> {
                if (args.size() != 4 || !args.get(2).equals("tap")) return usage(ctx);
                String name = args.get(1);
                if (vms.containsKey(name)) {
                    ctx.err.println("vm: " + name + " already exists");
                    return 1;
                }
                try {
                    vms.put(name, Vm.start(lab, name, ctx.net, args.get(3)));
                } catch (KernelException e) {
                    ctx.err.println("vm: cannot attach to tap " + args.get(3) + ": " + e.errno.text);
                    return 1;
                }
                return 0;
            }
            case "exec" -> {
                if (args.size() < 3) return usage(ctx);
                Vm vm = vms.get(args.get(1));
                if (vm == null) {
                    ctx.err.println("vm: no such vm: " + args.get(1));
                    return 1;
                }
                Ctx g = new Ctx(vm.guest.host, vm.guest.kernel.initNet(), vm.guest.kernel.initNet(), ctx.out, ctx.err, programs);
                return programs.run(g, args.subList(2, args.size()));
            }
            case "list" -> {
                for (Vm vm : vms.values()) ctx.out.println(vm.name + " tap " + vm.tap);
                return 0;
            }
            case "del" -> {
                Vm vm = args.size() == 2 ? vms.remove(args.get(1)) : null;
                if (vm == null) {
                    ctx.err.println("vm: no such vm: " + (args.size() > 1 ? args.get(1) : ""));
                    return 1;
                }
                vm.stop();
                return 0;
            }
            default -> {
                return usage(ctx);
            }
        }
    }

    private static int usage(Ctx ctx) {
        ctx.err.println("usage: vm add NAME tap TAP | vm exec NAME COMMAND... | vm list | vm del NAME");
        return 2;
    }
}
