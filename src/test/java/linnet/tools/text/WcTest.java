package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** wc against GNU coreutils 9.1 (cases/wc.txt, recorded into wc.tsv by record.py). */
class WcTest {
    static List<Recorded.Case> cases() { return Recorded.cases("wc"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Wc(), c); }
}
