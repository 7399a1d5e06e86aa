package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Single bash behaviours that the shell-tier corpus showed linnet getting wrong, one test each. */
class SmallFixesTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void breakWithAWordEndsTheShellWith128() {
        assertEquals("/bin/bash: line 1: break: x: numeric argument required\n[exit 128]\n",
                run("for i in 1 2; do break x; done; echo $?"));
        assertEquals("/bin/bash: line 1: break: only meaningful in a `for', `while', or `until' loop\n0\n[exit 0]\n",
                run("for i in 1; do (break x); echo $?; done"));
    }

    @Test
    void questionMarkWithoutColonSaysNotSet() {
        assertEquals("/bin/bash: line 1: Q: parameter not set\n[exit 127]\n", run("echo ${Q?}"));
        assertEquals("/bin/bash: line 1: Q: parameter null or not set\n[exit 127]\n", run("Q=; echo ${Q?}ok ${Q:?}"));
    }

    @Test
    void negativeExponentPointsAtTheTokenAfterIt() {
        assertEquals("/bin/bash: line 1: 2**-1: exponent less than 0 (error token is \"1\")\n[exit 1]\n", run("echo $((2**-1))"));
        assertEquals("/bin/bash: line 1: 2**-1+3: exponent less than 0 (error token is \"+3\")\n[exit 1]\n", run("echo $((2**-1+3))"));
    }

    @Test
    void dollarQuoteInsideDoubleQuotesIsPlain() {
        assertEquals("$ $ x a$b $'x'\n[exit 0]\n", run("echo \"$\" \"$ x\" \"a$\"b \"$'x'\""));
    }

    @Test
    void printfQuotesAsBash() {
        assertEquals("a\\ b|it\\'s|''|$'a\\tb'|\\~x|a=\\~b|\\#c|x#|a\\,b|$'\\303\\251'|\n[exit 0]\n",
                run("printf '%q|' 'a b' \"it's\" '' $'a\\tb' '~x' 'a=~b' '#c' 'x#' 'a,b' 'é'; echo"));
        assertEquals("ab|ab|\n[exit 0]\n", run("printf '%.2q|%.2Q|\\n' 'abc d' 'abc d'"));
    }

    @Test
    void usageLinesHaveNoShellPrefix() {
        assertEquals("printf: usage: printf [-v var] format [arguments]\n[exit 2]\n", run("printf"));
    }

    @Test
    void dollarDashFollowsBashsFlagTable() {
        assertEquals("ehuBc\n[exit 0]\n", run("set -euo pipefail; echo $-"));
        assertEquals("fhBCc\n[exit 0]\n", run("set -fC; echo $-"));
        assertEquals("/bin/bash: line 1: set: nosuch: invalid option name\n[exit 2]\n", run("set -o nosuch"));
    }

    @Test
    void xtraceShowsAssignedValues() {
        assertEquals("+ x='a b'\n+ y=\n+ z=1\n[exit 0]\n", run("set -x; x=\"a b\"; y=; z=1"));
    }

    @Test
    void aRelativeCommandPathStartsAtTheWorkingDirectory() {
        assertEquals("/bin/bash: line 1: ./lo: Is a directory\n[exit 126]\n", run("cd /sys/class/net; ./lo"));
        assertEquals("/bin/bash: line 1: ./lo: No such file or directory\n[exit 127]\n", run("./lo"));
    }

    @Test
    void physicalPathsFollowTheSysfsLinks() {
        assertEquals("/sys/class/net/lo\n/sys/devices/virtual/net/lo\n[exit 0]\n", run("cd /sys/class/net/lo; pwd; pwd -P"));
        assertEquals("/sys/devices/virtual/net\n65536\n[exit 0]\n", run("cd -P /sys/class/net/lo/..; pwd; cat lo/mtu"));
        assertEquals("/bin/bash: line 1: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n[exit 2]\n", run("pwd -x"));
    }

    @Test
    void errTrapRunsWhereSetEWouldExitOncePerFailure() {
        assertEquals("err 1\n-\nerr 1\n-\n-\nerr 1\n-\n-\n[exit 0]\n",
                run("trap 'echo err $?' ERR; { false; }; echo -; f() { false; }; f; echo -; false && true; echo -; "
                        + "for i in 1; do false; done; echo -; ! true; if false; then :; fi; echo -"));
    }

    @Test
    void processSubstitutionReadsACommandsOutputAsAFile() {
        assertEquals("lo 65536\n[exit 0]\n",
                run("while read d; do echo \"$d $(cat /sys/class/net/$d/mtu)\"; done < <(ls /sys/class/net)"));
        assertEquals("/dev/fd/63 /dev/fd/62\nx)\n[exit 0]\n", run("echo <(true) <(true); cat <(echo \"x)\")"));
    }

    @Test
    void typeListsEveryMeaningAndPrintsFunctions() {
        assertEquals("echo is a shell builtin\necho is /usr/bin/echo\necho is /bin/echo\n[exit 0]\n", run("type -a echo"));
        assertEquals("f is a function\nf () \n{ \n    echo a;\n    echo b | cat\n}\n[exit 0]\n",
                run("f() { echo a;  echo   b | cat; }; type f"));
    }
}
