package linnet.tools.jq;

import java.util.stream.Stream;
import linnet.tools.text.TextCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** jq against Debian 12's jq 1.6 (src/test/resources/linnet/tools/jq/jq.cases, recorded by scripts/record-text-cases). */
class JqTest {
    @TestFactory
    Stream<DynamicTest> recordedCases() {
        return TextCases.tests("/linnet/tools/jq/jq.cases", "jq", new Jq());
    }
}
