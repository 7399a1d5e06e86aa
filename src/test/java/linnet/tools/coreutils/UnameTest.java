package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** uname against the oracle machine's real one (text/cases/uname.txt, recorded into text/uname.tsv by record.py). */
class UnameTest {
    static List<Recorded.Case> cases() { return Recorded.cases("uname"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Uname(), c); }
}
