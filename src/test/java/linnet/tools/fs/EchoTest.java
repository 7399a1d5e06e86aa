package linnet.tools.fs;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** /usr/bin/echo against coreutils 9.1 (text/cases/echo.txt, recorded into text/echo.tsv by record.py). */
class EchoTest {
    static List<Recorded.Case> cases() { return Recorded.cases("echo"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Echo(), c); }
}
