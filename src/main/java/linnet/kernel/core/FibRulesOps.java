package linnet.kernel.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The policy rules of one address family in one namespace (net/core/fib_rules.c, struct
 * fib_rules_ops): the ordered rule list, rule add/delete with the kernel's checks and goto
 * bookkeeping, the lookup walk, and device attach/detach. The family supplies matching of its
 * own selectors, the action (a table lookup), suppression, and configure/compare/fill.
 */
public abstract class FibRulesOps {
    public final int family;
    /** Rules by ascending preference; equal preferences keep insertion order. */
    protected final List<FibRule> rules = new ArrayList<>();
    private int unresolvedRules, nrGotoRules;

    /** The outcome of a lookup (struct fib_lookup_arg): the rule that decided and the family's result. */
    public static class LookupArg {
        public FibRule rule;
        public Object result;
    }

    protected FibRulesOps(int family) { this.family = family; }

    /** Address length in bytes of the family (ops->addr_size). */
    protected abstract int addrSize();

    protected abstract FibRule newRule();

    /** ops->match: the family's selectors (addresses, tos, protocol, ports). */
    protected abstract boolean match(FibRule r, Flowi fl);

    /** ops->action: null on success (result in arg), EAGAIN to go on with the next rule, else the error. */
    protected abstract Errno action(FibRule r, Flowi fl, LookupArg arg);

    /** ops->suppress: whether a successful result is refused by the rule's suppressors. */
    protected abstract boolean suppress(FibRule r, LookupArg arg);

    /** ops->configure: the family's checks and fields; may create a table. */
    protected abstract void configure(FibRule r, FibRuleMsg m) throws KernelException;

    /** ops->compare: whether the family fields the message gives are the rule's. */
    protected abstract boolean compare(FibRule r, FibRuleMsg m);

    /** ops->fill: the family fields of a dump message. */
    protected abstract void fill(FibRule r, FibRuleMsg m);

    /** ops->delete hook (the IPv4 side unmerges its tables). */
    protected void deleted(FibRule r) {}

    /** The namespace the rules live in, to resolve device names. */
    protected abstract Net net();

    /** fib_default_rule_add: a to-table rule installed by the kernel (proto kernel). */
    public void defaultRuleAdd(int pref, int table) {
        FibRule r = newRule();
        r.action = FibRule.FR_ACT_TO_TBL;
        r.pref = pref;
        r.table = table;
        r.proto = 2;
        rules.add(r);
    }

    /**
     * fib_default_rule_pref: one below the preference of the SECOND rule in the list, or 0 when
     * there is no second rule or its preference is 0 (the first is normally the local rule at 0).
     */
    public int defaultPref() {
        if (rules.size() >= 2) {
            int p = rules.get(1).pref;
            if (p != 0) return p - 1;
        }
        return 0;
    }

    // ------------------------------------------------------------------ lookup

    private boolean ruleMatch(FibRule r, Flowi fl) {
        boolean ret = false;
        check:
        {
            if (r.iifindex != 0 && fl.iif != r.iifindex) break check;
            if (r.oifindex != 0 && fl.oif != r.oifindex) break check;
            if (((r.mark ^ fl.mark) & r.markMask) != 0) break check;
            if (r.l3mdev) break check; // no VRF devices: an l3mdev rule never selects a table
            if (Long.compareUnsigned(fl.uid, r.uidStart) < 0 || Long.compareUnsigned(fl.uid, r.uidEnd) > 0) break check;
            ret = match(r, fl);
        }
        return (r.flags & FibRule.FIB_RULE_INVERT) != 0 ? !ret : ret;
    }

    /** fib_rules_lookup: the first matching rule whose action decides; ESRCH when none does. */
    public Errno lookup(Flowi fl, LookupArg arg) {
        for (int i = 0; i < rules.size(); i++) {
            FibRule r = rules.get(i);
            while (true) {
                if (!ruleMatch(r, fl)) break;
                if (r.action == FibRule.FR_ACT_GOTO) {
                    if (r.ctarget == null) break;
                    // jump: continue matching at the target, then walk on from there
                    r = r.ctarget;
                    i = rules.indexOf(r);
                    continue;
                }
                if (r.action == FibRule.FR_ACT_NOP) break;
                Errno err = action(r, fl, arg);
                if (err == null && suppress(r, arg)) break;
                if (err != Errno.EAGAIN) {
                    arg.rule = r;
                    return err;
                }
                break;
            }
        }
        return Errno.ESRCH;
    }

    // ------------------------------------------------------------------ rtnetlink

    /** fib_nl2rule + fib_nl2rule_rtnl: a rule from a message, checked as the kernel checks it. */
    private FibRule fromMsg(FibRuleMsg m) throws KernelException {
        if (m.srcLen != 0 && (m.src == null || m.srcLen > addrSize() * 8 || m.src.length != addrSize()))
            throw new KernelException(Errno.EINVAL, "Invalid source address");
        if (m.dstLen != 0 && (m.dst == null || m.dstLen > addrSize() * 8 || m.dst.length != addrSize()))
            throw new KernelException(Errno.EINVAL, "Invalid dst address");
        FibRule r = newRule();
        if (m.priority != null) r.pref = m.priority;
        r.proto = m.protocol == null ? 0 : m.protocol;
        if (m.iifname != null) {
            r.iifindex = -1;
            r.iifname = m.iifname;
        }
        if (m.oifname != null) {
            r.oifindex = -1;
            r.oifname = m.oifname;
        }
        if (m.fwmark != null) {
            r.mark = m.fwmark;
            // compatibility: a non-zero mark compares all bits unless a mask is given
            if (r.mark != 0) r.markMask = 0xffffffff;
        }
        if (m.fwmask != null) r.markMask = m.fwmask;
        if (m.tunId != null) r.tunId = m.tunId;
        if (m.l3mdev != null) {
            if (m.l3mdev != 1) throw new KernelException(Errno.EINVAL, "Invalid l3mdev attribute");
            r.l3mdev = true;
        }
        r.action = m.action;
        r.flags = m.flags;
        r.table = m.getTable();
        r.suppressPrefixlen = m.suppressPrefixlen != null ? m.suppressPrefixlen : -1;
        r.suppressIfgroup = m.suppressIfgroup != null ? m.suppressIfgroup : -1;
        if (m.gotoTarget != null) {
            if (r.action != FibRule.FR_ACT_GOTO) throw new KernelException(Errno.EINVAL, "Unexpected goto");
            r.target = m.gotoTarget;
        } else if (r.action == FibRule.FR_ACT_GOTO) {
            throw new KernelException(Errno.EINVAL, "Missing goto target for action goto");
        }
        if (r.l3mdev && r.table != 0) throw new KernelException(Errno.EINVAL, "l3mdev and table are mutually exclusive");
        if (m.uidRange != null) {
            r.uidStart = m.uidRange[0];
            r.uidEnd = m.uidRange[1];
            if (!r.uidRangeSet() || Long.compareUnsigned(r.uidStart, r.uidEnd) > 0)
                throw new KernelException(Errno.EINVAL, "Invalid uid range");
        }
        if (m.ipProto != null) r.ipProto = m.ipProto;
        if (m.sportRange != null) {
            if (!FibRule.portRangeValid(m.sportRange[0], m.sportRange[1]))
                throw new KernelException(Errno.EINVAL, "Invalid sport range");
            r.sportStart = m.sportRange[0];
            r.sportEnd = m.sportRange[1];
            if (r.sportStart == r.sportEnd) r.sportMask = 0xffff;
        }
        if (m.dportRange != null) {
            if (!FibRule.portRangeValid(m.dportRange[0], m.dportRange[1]))
                throw new KernelException(Errno.EINVAL, "Invalid dport range");
            r.dportStart = m.dportRange[0];
            r.dportEnd = m.dportRange[1];
            if (r.dportStart == r.dportEnd) r.dportMask = 0xffff;
        }
        if (m.priority == null) r.pref = defaultPref();
        // Backward jumps are refused: they could loop.
        if (m.gotoTarget != null && Integer.compareUnsigned(r.target, r.pref) <= 0)
            throw new KernelException(Errno.EINVAL, "Backward goto not supported");
        if (m.iifname != null) {
            NetDevice d = net().byName(r.iifname);
            if (d != null) r.iifindex = d.ifindex();
        }
        if (m.oifname != null) {
            NetDevice d = net().byName(r.oifname);
            if (d != null) r.oifindex = d.ifindex();
        }
        return r;
    }

    /** rule_exists: an identical rule (every field, the preference included). */
    private boolean exists(FibRule rule, FibRuleMsg m) {
        for (FibRule r : rules) {
            if (r.action != rule.action || r.table != rule.table || r.pref != rule.pref) continue;
            if (!r.iifname.equals(rule.iifname) || !r.oifname.equals(rule.oifname)) continue;
            if (r.mark != rule.mark || r.markMask != rule.markMask) continue;
            if (r.suppressIfgroup != rule.suppressIfgroup || r.suppressPrefixlen != rule.suppressPrefixlen) continue;
            if (r.tunId != rule.tunId || r.l3mdev != rule.l3mdev) continue;
            if (r.uidStart != rule.uidStart || r.uidEnd != rule.uidEnd) continue;
            if (r.ipProto != rule.ipProto || r.proto != rule.proto) continue;
            if (r.sportStart != rule.sportStart || r.sportEnd != rule.sportEnd || r.sportMask != rule.sportMask) continue;
            if (r.dportStart != rule.dportStart || r.dportEnd != rule.dportEnd || r.dportMask != rule.dportMask) continue;
            if (!compare(r, m)) continue;
            return true;
        }
        return false;
    }

    /** fib_newrule. {@code excl} is NLM_F_EXCL (iproute2's `ip rule add` sets it). */
    public void newRule(FibRuleMsg m, boolean excl) throws KernelException {
        FibRule rule = fromMsg(m);
        if (excl && exists(rule, m)) throw new KernelException(Errno.EEXIST);
        configure(rule, m);
        if (rule.action == FibRule.FR_ACT_GOTO) {
            for (FibRule r : rules) {
                if (r.pref == rule.target) {
                    rule.ctarget = r;
                    break;
                }
            }
        }
        boolean unresolved = rule.action == FibRule.FR_ACT_GOTO && rule.ctarget == null;
        int at = 0;
        while (at < rules.size() && Integer.compareUnsigned(rules.get(at).pref, rule.pref) <= 0) at++;
        rules.add(at, rule);
        if (unresolvedRules > 0) {
            // unresolved gotos aiming at the new rule's preference now resolve to it
            for (FibRule r : rules) {
                if (r.action == FibRule.FR_ACT_GOTO && r.target == rule.pref && r.ctarget == null) {
                    r.ctarget = rule;
                    if (--unresolvedRules == 0) break;
                }
            }
        }
        if (rule.action == FibRule.FR_ACT_GOTO) nrGotoRules++;
        if (unresolved) unresolvedRules++;
    }

    /** rule_find: the first rule matching every field the delete message gives. */
    private FibRule find(FibRule rule, FibRuleMsg m) {
        for (FibRule r : rules) {
            if (rule.action != 0 && r.action != rule.action) continue;
            if (rule.table != 0 && r.table != rule.table) continue;
            if (m.priority != null && r.pref != rule.pref) continue;
            if (!rule.iifname.isEmpty() && !r.iifname.equals(rule.iifname)) continue;
            if (!rule.oifname.isEmpty() && !r.oifname.equals(rule.oifname)) continue;
            if (rule.mark != 0 && r.mark != rule.mark) continue;
            if (rule.suppressIfgroup != -1 && r.suppressIfgroup != rule.suppressIfgroup) continue;
            if (rule.suppressPrefixlen != -1 && r.suppressPrefixlen != rule.suppressPrefixlen) continue;
            if (rule.markMask != 0 && r.markMask != rule.markMask) continue;
            if (rule.tunId != 0 && r.tunId != rule.tunId) continue;
            if (rule.l3mdev && !r.l3mdev) continue;
            if (rule.uidRangeSet() && (r.uidStart != rule.uidStart || r.uidEnd != rule.uidEnd)) continue;
            if (rule.ipProto != 0 && r.ipProto != rule.ipProto) continue;
            if (rule.proto != 0 && r.proto != rule.proto) continue;
            if (FibRule.portRangeSet(rule.sportStart, rule.sportEnd)
                    && (r.sportStart != rule.sportStart || r.sportEnd != rule.sportEnd)) continue;
            if (rule.sportMask != 0 && r.sportMask != rule.sportMask) continue;
            if (FibRule.portRangeSet(rule.dportStart, rule.dportEnd)
                    && (r.dportStart != rule.dportStart || r.dportEnd != rule.dportEnd)) continue;
            if (rule.dportMask != 0 && r.dportMask != rule.dportMask) continue;
            if (!compare(r, m)) continue;
            return r;
        }
        return null;
    }

    /** fib_delrule: ENOENT when no rule matches; gotos aiming at the rule move to its same-preference successor. */
    public void delRule(FibRuleMsg m) throws KernelException {
        FibRule nl = fromMsg(m);
        FibRule rule = find(nl, m);
        if (rule == null) throw new KernelException(Errno.ENOENT);
        if ((rule.flags & FibRule.FIB_RULE_PERMANENT) != 0) throw new KernelException(Errno.EPERM);
        deleted(rule);
        int at = rules.indexOf(rule);
        rules.remove(at);
        if (rule.action == FibRule.FR_ACT_GOTO) {
            nrGotoRules--;
            if (rule.ctarget == null) unresolvedRules--;
        }
        if (nrGotoRules > 0) {
            FibRule n = at < rules.size() && rules.get(at).pref == rule.pref ? rules.get(at) : null;
            for (FibRule r : rules) {
                if (r.ctarget != rule) continue;
                r.ctarget = n;
                if (n == null) unresolvedRules++;
            }
        }
    }

    /** fib_nl_fill_rule for every rule, in list order. */
    public List<FibRuleMsg> dump() {
        List<FibRuleMsg> out = new ArrayList<>();
        for (FibRule r : rules) {
            FibRuleMsg m = new FibRuleMsg();
            m.family = family;
            m.table = Integer.compareUnsigned(r.table, 256) < 0 ? r.table : 252; // RT_TABLE_COMPAT
            m.tableAttr = r.table;
            m.suppressPrefixlen = r.suppressPrefixlen;
            m.action = r.action;
            m.flags = r.flags;
            m.protocol = r.proto;
            if (r.action == FibRule.FR_ACT_GOTO && r.ctarget == null) m.flags |= FibRule.FIB_RULE_UNRESOLVED;
            if (!r.iifname.isEmpty()) {
                m.iifname = r.iifname;
                if (r.iifindex == -1) m.flags |= FibRule.FIB_RULE_IIF_DETACHED;
            }
            if (!r.oifname.isEmpty()) {
                m.oifname = r.oifname;
                if (r.oifindex == -1) m.flags |= FibRule.FIB_RULE_OIF_DETACHED;
            }
            if (r.pref != 0) m.priority = r.pref;
            if (r.mark != 0) m.fwmark = r.mark;
            if (r.markMask != 0 || r.mark != 0) m.fwmask = r.markMask;
            if (r.target != 0) m.gotoTarget = r.target;
            if (r.tunId != 0) m.tunId = r.tunId;
            if (r.l3mdev) m.l3mdev = 1;
            if (r.uidRangeSet()) m.uidRange = new long[] {r.uidStart, r.uidEnd};
            if (FibRule.portRangeSet(r.sportStart, r.sportEnd)) m.sportRange = new int[] {r.sportStart, r.sportEnd};
            if (FibRule.portRangeSet(r.dportStart, r.dportEnd)) m.dportRange = new int[] {r.dportStart, r.dportEnd};
            if (r.ipProto != 0) m.ipProto = r.ipProto;
            if (r.suppressIfgroup != -1) m.suppressIfgroup = r.suppressIfgroup;
            fill(r, m);
            out.add(m);
        }
        return out;
    }

    // ------------------------------------------------------------------ device events

    /** attach_rules (NETDEV_REGISTER, and after a rename): detached rules naming the device take its index. */
    public void attach(NetDevice dev) {
        for (FibRule r : rules) {
            if (r.iifindex == -1 && dev.name().equals(r.iifname)) r.iifindex = dev.ifindex();
            if (r.oifindex == -1 && dev.name().equals(r.oifname)) r.oifindex = dev.ifindex();
        }
    }

    /** detach_rules (NETDEV_UNREGISTER, and before a rename re-attaches): rules on the device become detached. */
    public void detach(NetDevice dev) {
        for (FibRule r : rules) {
            if (r.iifindex == dev.ifindex()) r.iifindex = -1;
            if (r.oifindex == dev.ifindex()) r.oifindex = -1;
        }
    }

    /** fib_rules_event for one device event. */
    public void netdevEvent(NetdevEvent ev, NetDevice dev) {
        switch (ev) {
            case REGISTER -> attach(dev);
            case CHANGENAME -> {
                detach(dev);
                attach(dev);
            }
            case UNREGISTER -> detach(dev);
            default -> { }
        }
    }

    /** The rules in order (for tests and the family's own walks). */
    public List<FibRule> rules() { return rules; }
}
