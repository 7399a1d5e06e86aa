package linnet.tools.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * getpwnam/getpwuid and getgrnam/getgrgid on the oracle machine: its /etc/passwd and
 * /etc/group (names and ids, in file order, kept as resources), so that tools print a name
 * where the C library finds one (uid 1000 is the machine's local account) and the number
 * otherwise.
 */
public final class Passwd {
    private Passwd() {}

    private static final Map<String, Integer> USERS = load("passwd");
    private static final Map<String, Integer> GROUPS = load("group");

    private static Map<String, Integer> load(String file) {
        Map<String, Integer> m = new LinkedHashMap<>();
        try (InputStream in = Passwd.class.getResourceAsStream("/linnet/etc/" + file)) {
            if (in == null) return m;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int c = line.indexOf(':');
                if (c <= 0) continue;
                m.putIfAbsent(line.substring(0, c), Integer.parseInt(line.substring(c + 1).trim()));
            }
        } catch (IOException | NumberFormatException e) {
            // a damaged table resolves nothing, as an unreadable /etc/passwd would
        }
        return m;
    }

    /** getpwnam: the uid of a user name, or null. */
    public static Integer uid(String name) { return USERS.get(name); }

    /** getgrnam: the gid of a group name, or null. */
    public static Integer gid(String name) { return GROUPS.get(name); }

    /** getpwuid: the first user with that uid, or null. */
    public static String userName(long uid) { return nameOf(USERS, uid); }

    /** getgrgid: the first group with that gid, or null. */
    public static String groupName(long gid) { return nameOf(GROUPS, gid); }

    private static String nameOf(Map<String, Integer> m, long id) {
        for (var e : m.entrySet()) if (e.getValue() == id) return e.getKey();
        return null;
    }
}
