package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** /usr/bin/printf against GNU coreutils 9.1 (text/cases/printf.txt, recorded into text/printf.tsv by record.py). */
class PrintfTest {
    static List<Recorded.Case> cases() { return Recorded.cases("printf"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Printf(), c); }
}
