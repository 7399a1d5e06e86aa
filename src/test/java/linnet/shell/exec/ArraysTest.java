package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** declare -A associative arrays, [sub]=value items, bad subscripts, declare -i. */
class ArraysTest {
    private static String run(String src) { return BashCasesTest.run(src); }

    @Test
    void associativeArraysTakeStringKeys() {
        assertEquals("1 3 2 lo v0 1 3\n[exit 0]\n",
                run("declare -A m; m[lo]=1; m[v0]=3; echo ${m[lo]} ${m[v0]} ${#m[@]} ${!m[@]} ${m[@]}"));
        assertEquals("1 []\ndeclare -A m=([a]=\"1\" )\n[exit 0]\n", run("declare -A m=([a]=1); echo ${m[a]} [${m[b]}]; declare -p m"));
        assertEquals("0\n[exit 0]\n", run("declare -A m=([a]=1); unset 'm[a]'; echo ${#m[@]}"));
    }

    @Test
    void indexedItemsAndBadSubscripts() {
        assertEquals("declare -a a=([2]=\"x\" [5]=\"y\" [6]=\"z\")\n2 5 6 7\n[exit 0]\n",
                run("a=([2]=x [5]=y z); declare -p a; a+=(q); echo ${!a[@]}"));
        assertEquals("/bin/bash: line 1: a: bad array subscript\nx\n[exit 0]\n", run("a=(a b); echo ${a[5]}x ${a[-3]}"));
    }

    @Test
    void integerVariablesEvaluateWhatTheyAreGiven() {
        assertEquals("10\n20\n23\ndeclare -i n=\"23\"\n[exit 0]\n",
                run("declare -i n=5+5; echo $n; n=n*2; echo $n; n+=3; echo $n; declare -p n"));
    }
}
