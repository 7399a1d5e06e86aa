package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** which against the oracle machine's real one (text/cases/which.txt, recorded into text/which.tsv by record.py). */
class WhichTest {
    static List<Recorded.Case> cases() { return Recorded.cases("which"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Which(), c); }
}
