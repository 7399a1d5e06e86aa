package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** basename against the oracle machine's real one (text/cases/basename.txt, recorded into text/basename.tsv by record.py). */
class BasenameTest {
    static List<Recorded.Case> cases() { return Recorded.cases("basename"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Basename(), c); }
}
