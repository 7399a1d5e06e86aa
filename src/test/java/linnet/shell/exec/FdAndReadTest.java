package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Descriptors above 2 (exec N>FILE, N<FILE, >&N, N>&-), exec's permanent redirections, and read. */
class FdAndReadTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void execOpensADescriptorForTheRestOfTheShell() {
        assertEquals("via3\nlo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n[exit 0]\n",
                run("exec 3>/tmp/fdt; echo via3 >&3; ip -br link show lo >&3; exec 3>&-; cat /tmp/fdt"));
        assertEquals("/bin/bash: line 1: 3: Bad file descriptor\n[exit 1]\n", run("exec 3>/tmp/fdt2; exec 3>&-; echo x >&3"));
        assertEquals("three\n[exit 0]\n", run("exec 3>&1; echo three >&3"));
    }

    @Test
    void readingDescriptorsShareTheirOffset() {
        assertEquals("65536\n1\n[exit 0]\n",
                run("exec 4</sys/class/net/lo/mtu; read m <&4; echo $m; exec 4</sys/class/net/lo/ifindex; read -u 4 m; echo $m"));
        assertEquals("/bin/bash: line 1: read: 3: invalid file descriptor: Bad file descriptor\n[exit 1]\n", run("read -u 3 x"));
    }

    @Test
    void execRedirectingStdoutSendsTheRestOfTheLineToTheFile() {
        assertEquals("hidden\n[exit 0]\n", run("(exec > /tmp/fdt3; echo hidden); cat /tmp/fdt3"));
    }

    @Test
    void execOfAMissingProgram() {
        assertEquals("/bin/bash: line 1: exec: nosuch: not found\n[exit 127]\n", run("exec nosuch; echo never"));
        assertEquals("/bin/bash: line 1: /tmp: Is a directory\n/bin/bash: line 1: exec: /tmp: cannot execute: Is a directory\n[exit 126]\n",
                run("exec /tmp"));
    }

    @Test
    void readSplitsAsBash() {
        assertEquals("[1][2]|[1][2::]|[1:2:]|2 <1><2>\n[exit 0]\n", run("IFS=: read a b <<< 1:2:; IFS=: read c d <<< 1:2::; "
                + "IFS=: read e <<< 1:2:; IFS=: read -ra arr <<< 1:2:; echo \"[$a][$b]|[$c][$d]|[$e]|${#arr[@]} <${arr[0]}><${arr[1]}>\""));
        assertEquals("1 []\n[exit 0]\n", run("x=old; read x; echo $? \"[$x]\""));
        assertEquals("[x y][z]\n[exit 0]\n", run("read a b <<< 'x\\ y z'; echo \"[$a][$b]\""));
        assertEquals("0\n[exit 0]\n", run("read -t 0; echo $?"));
    }

    @Test
    void readOptionErrors() {
        String usage = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n";
        assertEquals("/bin/bash: line 1: read: -a: option requires an argument\n" + usage + "[exit 2]\n", run("read -a"));
        assertEquals("/bin/bash: line 1: read: x: invalid number\n[exit 1]\n", run("read -n x y"));
        assertEquals("/bin/bash: line 1: read: `1x': not a valid identifier\n[exit 1]\n", run("read 1x"));
    }

    @Test
    void noclobberRefusesToTruncateAnExistingFile() {
        assertEquals("/bin/bash: line 1: /tmp/nc: cannot overwrite existing file\n1\nz\nw\n[exit 0]\n",
                run("echo x > /tmp/nc; set -o noclobber; echo y > /tmp/nc; echo $?; echo z >| /tmp/nc; echo w >> /tmp/nc; "
                        + "echo v > /dev/null; cat /tmp/nc"));
    }
}
