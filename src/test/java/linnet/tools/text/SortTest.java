package linnet.tools.text;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** sort against GNU coreutils 9.1 (cases/sort.txt, recorded into sort.tsv by record.py). */
class SortTest {
    static List<Recorded.Case> cases() { return Recorded.cases("sort"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Sort(), c); }
}
