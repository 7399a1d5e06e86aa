package linnet.tools.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** date against GNU coreutils 9.1 (text/cases/date.txt, fixed instants with -d @N, recorded into text/date.tsv). */
class DateTest {
    static List<Recorded.Case> cases() { return Recorded.cases("date"); }

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(new Date(), c); }

    @Test
    void theVirtualClockStartsAtTheDocumentedInstant() {
        // a fresh lab's clock is at 0: the calendar's start, linnet.kernel.core.Realtime.EPOCH_S
        assertEquals("Sun Nov 22 08:13:12 UTC 2026\n", Recorded.run(new Date(), List.of(), null).stdout());
        assertEquals("1795335192\n", Recorded.run(new Date(), List.of("+%s"), null).stdout());
    }
}
