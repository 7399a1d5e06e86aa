package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** tac against GNU coreutils 9.1 (text/cases/tac.txt, recorded into text/tac.tsv by record.py). */
class TacTest {
    static List<Recorded.Case> cases() { return Recorded.cases("tac"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Tac(), c); }
}
