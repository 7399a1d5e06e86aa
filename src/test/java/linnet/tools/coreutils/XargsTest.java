package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** xargs against GNU findutils 4.9 (text/cases/xargs.txt, recorded into text/xargs.tsv by record.py). */
class XargsTest {
    static List<Recorded.Case> cases() { return Recorded.cases("xargs"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Xargs(), c); }
}
