package linnet.tools.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * getpwnam/getpwuid and getgrnam/getgrgid on the oracle machine: Debian 12's base-passwd
 * accounts plus the machine's one local account (uid and gid 1000, "cloudsdk"). Tools print
 * a name where the C library finds one and the number otherwise.
 */
public final class Passwd {
    private Passwd() {}

    private static final Map<String, Integer> USERS = new LinkedHashMap<>();
    private static final Map<String, Integer> GROUPS = new LinkedHashMap<>();

    static {
        String[] users = {"root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news"};
        for (int i = 0; i < users.length; i++) USERS.put(users[i], i);
        USERS.put("nobody", 65534);
        USERS.put("cloudsdk", 1000);
        String[] groups = {"root", "daemon", "bin", "sys", "adm", "tty", "disk", "lp", "mail", "news"};
        for (int i = 0; i < groups.length; i++) GROUPS.put(groups[i], i);
        GROUPS.put("nogroup", 65534);
        GROUPS.put("cloudsdk", 1000);
    }

    /** getpwnam: the uid of a user name, or null. */
    public static Integer uid(String name) { return USERS.get(name); }

    /** getgrnam: the gid of a group name, or null. */
    public static Integer gid(String name) { return GROUPS.get(name); }

    /** getpwuid: the name of a uid, or null. */
    public static String userName(long uid) { return nameOf(USERS, uid); }

    /** getgrgid: the name of a gid, or null. */
    public static String groupName(long gid) { return nameOf(GROUPS, gid); }

    private static String nameOf(Map<String, Integer> m, long id) {
        for (var e : m.entrySet()) if (e.getValue() == id) return e.getKey();
        return null;
    }
}
