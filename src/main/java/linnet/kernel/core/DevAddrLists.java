package linnet.kernel.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The secondary unicast and multicast address lists a user put on a device (dev->uc, the
 * user part of dev->mc; net/core/dev_addr_lists.c), in the order they were added (list_add_tail).
 * The groups the protocols join themselves are computed from their own state where they are
 * shown; these lists hold what `bridge fdb add ... self` (ndo_dflt_fdb_add) put there.
 */
public final class DevAddrLists {
    /** dev->uc: addresses the device must receive besides its own. */
    public final List<Long> uc = new ArrayList<>();
    /** Multicast addresses added by hand (dev_mc_add_excl). */
    public final List<Long> mc = new ArrayList<>();

    /** __hw_addr_add_ex with exclusive set: an address already listed is EEXIST. */
    public static void addExcl(List<Long> list, long addr) throws KernelException {
        if (list.contains(addr)) throw new KernelException(Errno.EEXIST);
        list.add(addr);
    }

    /** __hw_addr_del: ENOENT when the address is not listed. */
    public static void del(List<Long> list, long addr) throws KernelException {
        if (!list.remove(Long.valueOf(addr))) throw new KernelException(Errno.ENOENT);
    }
}
