package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private static final Path CONFORMANCE = Path.of(System.getProperty("user.dir"), "conformance");

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(expectedStatus, CheckCommand.run(List.of(args), CONFORMANCE, out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsNameAndDescriptionLikeTheReference() {
        // the reference's `check --list --tier ipv6 06`: positional names come before tier entries
        assertEquals("""
                06-k8svip-walkthrough            the seed walk-through "k8svip", kept whole
                35-ipv6-basics                   the IPv6 side that every interface gets for free, plus static addresses
                """, run(0, "--list", "--tier", "ipv6", "06"));
    }

    @Test
    void unknownOptionAndMissingValueAreUsageErrors() {
        run(2, "--bogus");
        run(2, "--tier");
    }
}
