package linnet.tools.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import linnet.tools.common.Tool;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * readlink and realpath over the emulated file system: merged /usr (/bin -> usr/bin), /var/run
 * and the sysfs device links. Expected texts are what coreutils 9.1 printed on Debian 12 for the
 * same names (the machine the kernel oracle runs on).
 */
class ReadlinkRealpathTest {
    private static Recorded.Result run(String command) {
        List<String> words = List.of(command.split(" "));
        Tool t = switch (words.get(0)) {
            case "readlink" -> new Readlink();
            case "realpath" -> new Realpath();
            default -> new Pwd();
        };
        return Recorded.run(t, words.subList(1, words.size()), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "readlink /bin|usr/bin\\n||0",
        "readlink -f /bin/ip|/usr/bin/ip\\n||0",
        "readlink -f /bin/../etc|/usr/etc\\n||0",
        "readlink -f /var/run|/run\\n||0",
        "readlink -f /sys/class/net/lo|/sys/devices/virtual/net/lo\\n||0",
        "readlink -e /sys/class/net/lo/mtu|/sys/devices/virtual/net/lo/mtu\\n||0",
        "readlink /sys/class/net/lo|../../devices/virtual/net/lo\\n||0",
        "realpath --relative-to=/usr /bin/ip|bin/ip\\n||0",
        "realpath /tmp/nosuchdir/x||realpath: /tmp/nosuchdir/x: No such file or directory\\n|1",
        "realpath -m /tmp/nosuchdir/x/../y|/tmp/nosuchdir/y\\n||0",
        "readlink -v /etc/hosts||readlink: /etc/hosts: Invalid argument\\n|1",
        "readlink /etc/hosts|||1",
        "readlink -f /etc/hosts/|||1",
        "readlink -f /etc/hosts/..|||1",
        "readlink -m /etc/hosts/..|/etc\\n||0",
        "realpath /etc/hosts/x||realpath: /etc/hosts/x: Not a directory\\n|1",
        "realpath -s /bin/../sbin|/sbin\\n||0",
        "realpath -L /bin/../sbin|/usr/sbin\\n||0",
        "realpath /bin/../sbin|/usr/sbin\\n||0",
        "readlink -f /tmp/nosuch/|/tmp/nosuch\\n||0",
        "readlink -f /tmp/nosuch/..|||1",
        "readlink -fn /bin /sbin|/usr/bin\\n/usr/sbin\\n|readlink: ignoring --no-newline with multiple arguments\\n|0",
        "readlink -n /bin|usr/bin||0",
        "readlink||readlink: missing operand\\nTry 'readlink --help' for more information.\\n|1",
        "pwd|/\\n||0",
    })
    void asCoreutils(String command, String out, String err, int status) {
        Recorded.Result r = run(command);
        assertEquals(unescape(out), r.stdout(), "stdout of " + command);
        assertEquals(unescape(err), r.stderr(), "stderr of " + command);
        assertEquals(status, r.status(), "status of " + command);
    }

    private static String unescape(String s) { return s == null ? "" : s.replace("\\n", "\n"); }
}
