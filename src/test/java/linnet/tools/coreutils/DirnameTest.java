package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** dirname against the oracle machine's real one (text/cases/dirname.txt, recorded into text/dirname.tsv by record.py). */
class DirnameTest {
    static List<Recorded.Case> cases() { return Recorded.cases("dirname"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Dirname(), c); }
}
