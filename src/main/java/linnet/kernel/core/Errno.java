package linnet.kernel.core;

/** The errno values the emulated kernel returns, with the strerror() text glibc prints for them. */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    ESRCH(3, "No such process"),
    EIO(5, "Input/output error"),
    ENXIO(6, "No such device or address"),
    EAGAIN(11, "Resource temporarily unavailable"),
    EACCES(13, "Permission denied"),
    EBUSY(16, "Device or resource busy"),
    EEXIST(17, "File exists"),
    EXDEV(18, "Invalid cross-device link"),
    ENODEV(19, "No such device"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    ERANGE(34, "Numerical result out of range"),
    ENOTEMPTY(39, "Directory not empty"),
    EROFS(30, "Read-only file system"),
    ELOOP(40, "Too many levels of symbolic links"),
    EMLINK(31, "Too many links"),
    EXFULL(54, "Exchange full"),
    EBADFD(77, "File descriptor in bad state"),
    EMSGSIZE(90, "Message too long"),
    EPROTONOSUPPORT(93, "Protocol not supported"),
    EOPNOTSUPP(95, "Operation not supported"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ENETDOWN(100, "Network is down"),
    ENETUNREACH(101, "Network is unreachable"),
    ENOBUFS(105, "No buffer space available"),
    ENOSPC(28, "No space left on device"),
    ETIMEDOUT(110, "Connection timed out"),
    EINPROGRESS(115, "Operation now in progress"),
    ECONNREFUSED(111, "Connection refused"),
    ECONNRESET(104, "Connection reset by peer"),
    ENOTCONN(107, "Transport endpoint is not connected"),
    EHOSTDOWN(112, "Host is down"),
    EHOSTUNREACH(113, "No route to host"),
    ENOPROTOOPT(92, "Protocol not available"),
    ENONET(64, "Machine is not on the network"),
    EPROTO(71, "Protocol error"),
    EPIPE(32, "Broken pipe"),
    ENFILE(23, "Too many open files in system");

    public final int code;
    public final String text;

    Errno(int code, String text) {
        this.code = code;
        this.text = text;
    }
}
