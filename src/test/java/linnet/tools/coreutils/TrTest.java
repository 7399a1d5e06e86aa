package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** tr against GNU coreutils 9.1 (text/cases/tr.txt, recorded into text/tr.tsv by record.py). */
class TrTest {
    static List<Recorded.Case> cases() { return Recorded.cases("tr"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Tr(), c); }
}
