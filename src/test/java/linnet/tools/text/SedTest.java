package linnet.tools.text;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** sed against GNU sed 4.9's recorded behaviour (src/test/resources/linnet/tools/text/sed.cases). */
class SedTest {
    @TestFactory
    Stream<DynamicTest> recordedCases() {
        return TextCases.tests("/linnet/tools/text/sed.cases", "sed", new Sed());
    }
}
