package linnet.tools.text;

import java.util.stream.Stream;
import linnet.tools.text.awk.Awk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** awk against mawk 1.3.4's recorded behaviour (src/test/resources/linnet/tools/text/awk.cases). */
class AwkTest {
    @TestFactory
    Stream<DynamicTest> recordedCases() {
        return TextCases.tests("/linnet/tools/text/awk.cases", "awk", new Awk("awk"));
    }
}
