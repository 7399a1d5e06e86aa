package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSelectionTest {
    private static final Corpus CORPUS = new Corpus(Path.of(System.getProperty("user.dir"), "conformance"));

    private static List<String> names(List<String> tiers, List<String> specs) throws Exception {
        return CORPUS.select(tiers, specs).stream().map(Corpus.Scenario::name).toList();
    }

    @Test
    void allScenariosInNameOrderByDefault() throws Exception {
        List<String> all = names(List.of(), List.of());
        List<String> files;
        try (var s = java.nio.file.Files.list(Path.of(System.getProperty("user.dir"), "conformance", "scenarios"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sh"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertEquals(files, all);
        assertEquals("01-netns-basics", all.getFirst());
    }

    @Test
    void specSpellings() throws Exception {
        assertEquals(List.of("06-k8svip-walkthrough", "13-docker-bridge-network", "02-veth-create", "35-ipv6-basics"),
                names(List.of(), List.of("06", "13-docker-bridge-network", "02-veth-create.sh",
                        "conformance/scenarios/35-ipv6-basics.sh")));
    }

    @Test
    void specsComeBeforeTiersAndRepeatsAreDropped() throws Exception {
        assertEquals(List.of("35-ipv6-basics"), names(List.of("ipv6"), List.of("35")));
        List<String> l2 = names(List.of("l2", "l2"), List.of("17"));
        assertEquals("17-tuntap-netns", l2.getFirst());
        assertEquals(6, l2.size());
    }

    @Test
    void unknownNamesAreErrors() {
        assertEquals("no such scenario: 99",
                assertThrows(Corpus.SelectionException.class, () -> names(List.of(), List.of("99"))).getMessage());
        assertEquals("no such tier: nope",
                assertThrows(Corpus.SelectionException.class, () -> names(List.of("nope"), List.of())).getMessage());
    }
}
