package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import linnet.shell.Transcripts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The iptables extensions (tcp flags, limit, iprange, mac, length, ttl, TTL, NOTRACK/CT) end to
 * end: scenarios recorded with run-kernel on the real kernel + iptables 1.8.9 (nf_tables),
 * normalized with the corpus normalizer; linnet's transcript must be byte-identical.
 */
class IptablesExtKernelTest {
    static String resource(String name) throws IOException {
        try (InputStream in = IptablesExtKernelTest.class.getResourceAsStream("/kernel/iptables-ext/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> recordedOnTheKernel() {
        return Stream.of("listing", "ttl-notrack", "limit-mac-errors", "errors", "ct-iprange-warning").map(n -> DynamicTest.dynamicTest(n, () -> {
            String actual = Normalizer.normalize(Transcripts.transcript(resource(n + ".sh"), CorpusRunner.BARE,
                    CorpusRunner.SEED));
            assertEquals(resource(n + ".out"), actual, n);
        }));
    }
}
