package linnet.tools.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** stat against GNU coreutils 9.1, run on the same files in a scratch directory (outputs of the real stat). */
class StatTest {
    private ScriptRunner r;

    private String run(String line) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return buf.toString(StandardCharsets.UTF_8) + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    @BeforeEach
    void files() {
        r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run("mkdir /tmp/st && cd /tmp/st && printf 'hello\\n' > f && ln -s f l && mkdir d && : > e && chmod 4750 e");
    }

    @Test
    void formatDirectives() {
        assertEquals("f|6|644|-rw-r--r--|regular file|root|root|1|81a4|8|512|4096|0|0|'f'|%\n"
                + "l|1|777|lrwxrwxrwx|symbolic link|root|root|1|a1ff|0|512|4096|0|0|'l' -> 'f'|%\n"
                + "d|4096|755|drwxr-xr-x|directory|root|root|2|41ed|8|512|4096|0|0|'d'|%\n"
                + "e|0|4750|-rwsr-x---|regular empty file|root|root|1|89e8|0|512|4096|0|0|'e'|%\n",
                run("cd /tmp/st && stat -c '%n|%s|%a|%A|%F|%U|%G|%h|%f|%b|%B|%o|%u|%g|%N|%%' f l d e"));
        assertEquals("l|6|644|-rw-r--r--|regular file|'l'\n", run("cd /tmp/st && stat -L -c '%n|%s|%a|%A|%F|%N' l"));
        assertEquals("         6|1    |00644|?|\n", run("cd /tmp/st && stat -c '%10s|%-5h|%05a|%q|' f"));
        assertEquals("f\t6\nd\t4096\n", run("cd /tmp/st && stat --printf='%n\\t%s\\n' f d"));
    }

    @Test
    void theDefaultListing() {
        assertEquals("  File: f\n  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n",
                run("cd /tmp/st && stat f | head -2"));
        assertEquals("  File: l -> f\n", run("cd /tmp/st && stat l | head -1"));
        assertEquals("Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n",
                run("cd /tmp/st && stat f | grep 'Access: ('"));
        assertEquals("f 6 8 81a4 0 1 0\n", run("cd /tmp/st && stat -t f | cut -d' ' -f1-5,9-10"));
    }

    @Test
    void errors() {
        assertEquals("stat: cannot statx 'nosuch': No such file or directory\nf\n[exit 1]\n",
                run("cd /tmp/st && stat nosuch f -c %n"));
        assertEquals("stat: missing operand\nTry 'stat --help' for more information.\n[exit 1]\n", run("stat"));
        assertEquals("stat: option requires an argument -- 'c'\nTry 'stat --help' for more information.\n[exit 1]\n",
                run("stat -c"));
    }
}
