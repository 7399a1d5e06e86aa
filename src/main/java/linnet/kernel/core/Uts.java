package linnet.kernel.core;

/**
 * The machine's UTS name (struct new_utsname): what uname(2) reports and sethostname(2) changes.
 * Linux keeps it per UTS namespace, not per network namespace, so `ip netns exec` leaves the
 * host name alone. The release and version are the oracle machine's (uname -r / -v there), so
 * that transcripts agree.
 */
public final class Uts {
    public static final String SYSNAME = "Linux";
    /** `uname -r` on the machine the kernel-oracle corpus was recorded on. */
    public static final String RELEASE = "6.18.44-fc-v1272";
    public static final String VERSION = "#1 SMP PREEMPT_DYNAMIC @0";
    public static final String MACHINE = "x86_64";
    /** HOST_NAME_MAX: sethostname refuses longer names with EINVAL. */
    public static final int HOST_NAME_MAX = 64;

    private String nodename = "linnet";
    private String domainname = "(none)";

    public String nodename() { return nodename; }

    public String domainname() { return domainname; }

    /** sethostname(2). */
    public void setNodename(String name) throws KernelException {
        if (name.length() > HOST_NAME_MAX) throw new KernelException(Errno.EINVAL);
        nodename = name;
    }
}
