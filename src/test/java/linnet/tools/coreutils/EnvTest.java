package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** env against GNU coreutils 9.1 (text/cases/env.txt, recorded into text/env.tsv by record.py). */
class EnvTest {
    static List<Recorded.Case> cases() { return Recorded.cases("env"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Env(), c); }
}
