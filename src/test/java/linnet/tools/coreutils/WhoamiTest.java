package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** whoami against the oracle machine's real one (text/cases/whoami.txt, recorded into text/whoami.tsv by record.py). */
class WhoamiTest {
    static List<Recorded.Case> cases() { return Recorded.cases("whoami"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asReal(Recorded.Case c) { Recorded.check(new Whoami(), c); }
}
