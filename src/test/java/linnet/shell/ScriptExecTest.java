package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/** Running a file by its path: the execute bit decides (as execve does for root), then "#!". */
class ScriptExecTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(rc, sh.runLine(line, p, p), line);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void executeBitAndShebang() {
        run("printf '#!/bin/bash\\necho shebang $0 $1\\nexit 6\\n' > /tmp/x.sh", 0);
        assertEquals("/bin/bash: line 1: /tmp/x.sh: Permission denied\n", run("/tmp/x.sh a", 126));
        run("chmod +x /tmp/x.sh", 0);
        assertEquals("shebang /tmp/x.sh a\n", run("/tmp/x.sh a", 6));
        assertEquals("shebang ./x.sh b\n", run("cd /tmp && ./x.sh b", 6));
        run("chmod -x /tmp/x.sh", 0);
        assertEquals("/bin/bash: line 1: /tmp/x.sh: Permission denied\n", run("/tmp/x.sh a", 126));
    }

    @Test
    void withoutShebangBashRunsItAndDirectoriesAreRefused() {
        run("echo 'echo plain $0' > /tmp/p; chmod 700 /tmp/p", 0);
        assertEquals("plain /tmp/p\n", run("/tmp/p", 0));
        run("mkdir /tmp/d", 0);
        assertEquals("/bin/bash: line 1: /tmp/d: Is a directory\n", run("/tmp/d", 126));
        assertEquals("/bin/bash: line 1: /tmp/nosuch: No such file or directory\n", run("/tmp/nosuch", 127));
    }
}
