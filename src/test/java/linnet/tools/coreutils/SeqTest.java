package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** seq against GNU coreutils 9.1 (text/cases/seq.txt, recorded into text/seq.tsv by record.py). */
class SeqTest {
    static List<Recorded.Case> cases() { return Recorded.cases("seq"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Seq(), c); }
}
