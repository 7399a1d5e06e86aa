package linnet.kernel.fs;

import java.util.TreeMap;

/**
 * One file of the in-memory file system: a directory (its entries, sorted by name as the C
 * locale sorts bytes), a regular file (its text), a symlink (its target) or a device node.
 */
final class Inode {
    final FileType type;
    int mode;
    long mtimeNs;
    /** A regular file's contents. */
    String data = "";
    /** A directory's entries; null for anything else. */
    final TreeMap<String, Inode> entries;
    /** A symlink's target. */
    final String target;
    final int rdevMajor;
    final int rdevMinor;
    /** The inode number: what tells two names of one file (a hard link) from two files. */
    final long ino;
    /** Names this inode has (st_nlink of a non-directory); a directory counts its subdirectories instead. */
    int links = 1;
    private static long nextIno = 1;

    private Inode(FileType type, int mode, long mtimeNs, String target, int major, int minor) {
        this.type = type;
        this.mode = mode;
        this.mtimeNs = mtimeNs;
        this.entries = type == FileType.DIRECTORY ? new TreeMap<>() : null;
        this.target = target;
        this.rdevMajor = major;
        this.rdevMinor = minor;
        synchronized (Inode.class) {
            this.ino = nextIno++;
        }
    }

    static Inode dir(int mode, long now) { return new Inode(FileType.DIRECTORY, mode, now, null, 0, 0); }

    static Inode file(int mode, long now) { return new Inode(FileType.REGULAR, mode, now, null, 0, 0); }

    static Inode symlink(String target, long now) { return new Inode(FileType.SYMLINK, 0777, now, target, 0, 0); }

    static Inode charDevice(int mode, int major, int minor, long now) {
        return new Inode(FileType.CHAR_DEVICE, mode, now, null, major, minor);
    }

    boolean isDir() { return type == FileType.DIRECTORY; }

    long size() {
        return switch (type) {
            // ext4, the oracle's root file system: a directory takes one 4 KiB block
            case DIRECTORY -> 4096;
            case REGULAR -> RawText.encode(data).length;
            case SYMLINK -> target.length();
            case CHAR_DEVICE -> 0;
        };
    }

    Stat stat() {
        long size = size();
        long blocks = switch (type) {
            case DIRECTORY -> 8;
            case REGULAR -> (size + 4095) / 4096 * 8;
            default -> 0;
        };
        int nlink = links;
        if (isDir()) {
            nlink = 2;
            for (Inode c : entries.values()) if (c.isDir()) nlink++;
        }
        return new Stat(type, mode, size, blocks, nlink, mtimeNs, rdevMajor, rdevMinor, target, ino);
    }
}
