package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** id against the oracle machine's real one (text/cases/id.txt, recorded into text/id.tsv by record.py). */
class IdTest {
    static List<Recorded.Case> cases() { return Recorded.cases("id"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Id(), c); }
}
