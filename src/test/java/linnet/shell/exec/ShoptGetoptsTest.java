package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** shopt (extglob read per line, nullglob, failglob, listing), bash -O, getopts. */
class ShoptGetoptsTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void extglobCountsFromTheNextLine() {
        assertEquals("""
                /bin/bash: -c: line 1: syntax error near unexpected token `('
                /bin/bash: -c: line 1: `shopt -s extglob; case v0 in @(lo|v*)) echo x;; esac'
                [exit 2]
                """, run("shopt -s extglob; case v0 in @(lo|v*)) echo x;; esac"));
        assertEquals("x\nlo !(lo) lo\n[exit 0]\n",
                run("shopt -s extglob\ncase v0 in @(lo|v*)) echo x;; esac\ncd /sys/class/net; echo !(nosuch) !(lo) +(l)o"));
        assertEquals("lo\n[exit 0]\n", run("bash -O extglob -c 'cd /sys/class/net; echo !(nosuch)'"));
        assertEquals("yes\n[exit 0]\n", run("[[ lo == @(lo|v0) ]] && echo yes"));
    }

    @Test
    void nullglobAndFailglob() {
        assertEquals("\nend\n[exit 0]\n", run("shopt -s nullglob; echo /sys/class/net/nosuch*; echo end"));
        assertEquals("/bin/bash: line 1: no match: /sys/class/net/nosuch*\n[exit 1]\n",
                run("shopt -s failglob; echo /sys/class/net/nosuch*; echo after"));
    }

    @Test
    void shoptQueriesAndErrors() {
        assertEquals("1\nextglob        \toff\nshopt -u nullglob\n[exit 1]\n",
                run("shopt -q extglob; echo $?; shopt extglob; shopt -p nullglob"));
        assertEquals("/bin/bash: line 1: shopt: nosuch: invalid shell option name\n[exit 1]\n", run("shopt nosuch"));
        assertEquals("/bin/bash: line 1: shopt: -z: invalid option\nshopt: usage: shopt [-pqsu] [-o] [optname ...]\n[exit 2]\n",
                run("shopt -z"));
    }

    @Test
    void getoptsWalksBundlesAndArguments() {
        assertEquals("a [unset] 1\nb [unset] 2\n/bin/bash: option requires an argument -- c\n? [unset] 3\nend 3\n[exit 0]\n",
                run("set -- -ab -c; while getopts abc: o; do echo \"$o [${OPTARG-unset}] $OPTIND\"; done; echo end $OPTIND"));
        assertEquals(": [x]\n[exit 0]\n", run("getopts :x: o -x; echo \"$o [${OPTARG-unset}]\""));
        assertEquals("/bin/bash: illegal option -- x\n?\n[exit 0]\n", run("set -- -x; getopts n: o; echo $o"));
        assertEquals("getopts: usage: getopts optstring name [arg ...]\n[exit 2]\n", run("getopts a"));
    }

    @Test
    void withoutPathBashUsesItsDefault() {
        assertEquals("[/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.] []\n[exit 0]\n",
                run("env -i bash -c 'echo \"[$PATH]\" \"[$HOME]\"'"));
    }
}
