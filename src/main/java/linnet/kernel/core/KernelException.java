package linnet.kernel.core;

/**
 * A failed kernel operation: an errno plus, optionally, the extended-ack message
 * ("Error: Nexthop has invalid gateway.") that netlink would carry with it.
 * Checked, because every rtnl caller must decide what the user sees.
 */
public final class KernelException extends Exception {
    public final Errno errno;
    public final String extack;

    public KernelException(Errno errno) { this(errno, null); }

    public KernelException(Errno errno, String extack) {
        super(extack != null ? extack : errno.text, null, false, false);
        this.errno = errno;
        this.extack = extack;
    }
}
