package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** tail against GNU coreutils 9.1 (cases/tail.txt, recorded into tail.tsv by record.py). */
class TailTest {
    static List<Recorded.Case> cases() { return Recorded.cases("tail"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Tail(), c); }
}
