package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** uniq against GNU coreutils 9.1 (cases/uniq.txt, recorded into uniq.tsv by record.py). */
class UniqTest {
    static List<Recorded.Case> cases() { return Recorded.cases("uniq"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Uniq(), c); }
}
