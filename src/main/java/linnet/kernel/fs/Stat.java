package linnet.kernel.fs;

/**
 * What stat(2)/lstat(2) report about a file: its type and permission bits, size in bytes,
 * st_blocks (512-byte units), link count, modification time (ns since 1970 on the machine's
 * CLOCK_REALTIME), the device numbers of a device node, a symlink's target (lstat only) and the
 * inode number (0 for the kernel's own files, which no tool compares).
 */
public record Stat(FileType type, int mode, long size, long blocks, int nlink, long mtimeNs, int rdevMajor,
        int rdevMinor, String linkTarget, long ino) {
    public boolean isDirectory() { return type == FileType.DIRECTORY; }
}
