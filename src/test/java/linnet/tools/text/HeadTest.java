package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** head against GNU coreutils 9.1 (cases/head.txt, recorded into head.tsv by record.py). */
class HeadTest {
    static List<Recorded.Case> cases() { return Recorded.cases("head"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Head(), c); }
}
