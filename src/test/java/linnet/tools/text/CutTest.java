package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** cut against GNU coreutils 9.1 (cases/cut.txt, recorded into cut.tsv by record.py). */
class CutTest {
    static List<Recorded.Case> cases() { return Recorded.cases("cut"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Cut(), c); }
}
