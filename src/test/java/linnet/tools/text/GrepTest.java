package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** grep against GNU grep 3.8 (cases/grep.txt, recorded into grep.tsv by record.py). */
class GrepTest {
    static List<Recorded.Case> cases() { return Recorded.cases("grep"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Grep(), c); }
}
