package linnet.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabFileTest {
    private static final String CLAB = """
            # containerlab's shape
            name: srl01
            topology:
              nodes:
                host1: {kind: linux, image: alpine:latest}
                host2:
                  kind: linux
                  exec:
                    - ip addr add 10.0.0.2/24 dev eth1   # a comment
                    - 'echo "a # b"'
                router:
              links:
                - endpoints: ["host1:eth1", "host2:eth1"]
                - endpoints:
                  - router:eth1
                  - 'host1:eth2'
            """;

    @Test
    void readsContainerlabShape() throws Exception {
        LabSpec s = LabFile.parse(CLAB, "lab.yml");
        assertEquals("srl01", s.name());
        assertEquals(List.of("host1", "host2", "router"), s.nodes().stream().map(LabSpec.Node::name).toList());
        assertEquals(List.of("ip addr add 10.0.0.2/24 dev eth1", "echo \"a # b\""), s.nodes().get(1).exec());
        assertEquals(List.of(), s.nodes().get(2).exec());
        assertEquals(2, s.links().size());
        assertEquals("host1:eth1", s.links().get(0).a().toString());
        assertEquals("host2:eth1", s.links().get(0).b().toString());
        assertEquals("router:eth1", s.links().get(1).a().toString());
        assertEquals("host1:eth2", s.links().get(1).b().toString());
    }

    @Test
    void listUnderKeyAtSameColumnAndDocumentStart() throws Exception {
        LabSpec s = LabFile.parse("---\ntopology:\n  nodes:\n    a1: {}\n    b1: {}\n  links:\n  - endpoints: [a1:e0, b1:e0]\n", "x");
        assertEquals("x", s.name());
        assertEquals("a1:e0", s.links().get(0).a().toString());
    }

    @Test
    void builtInTwoHosts() throws Exception {
        LabSpec s = LabFile.load("two-hosts");
        assertEquals(List.of("host1", "host2"), s.nodes().stream().map(LabSpec.Node::name).toList());
        assertEquals(List.of("ip addr add 192.168.3.2/24 dev eth0"), s.nodes().get(1).exec());
        assertEquals("host1:eth0", s.links().get(0).a().toString());
    }

    private static String error(String text) {
        return assertThrows(LabFileException.class, () -> LabFile.parse(text, "f.yml")).getMessage();
    }

    @Test
    void errorsNameTheLineAndWhatWasExpected() {
        assertEquals("f.yml:2: unknown key \"topolgy\" (expected name, topology)", error("name: x\ntopolgy:\n  nodes: {}\n"));
        assertEquals("f.yml:1: missing \"topology:\" (with \"nodes:\")", error("name: x\n"));
        assertEquals("f.yml:3: node \"h1\": kind \"srl\" is not emulated (expected kind: linux)",
                error("topology:\n  nodes:\n    h1: {kind: srl}\n"));
        assertEquals("f.yml:5: endpoint \"h1:eth1\": no node \"h1\" in \"nodes:\"",
                error("topology:\n  nodes:\n    h2: {}\n  links:\n    - endpoints: [\"h1:eth1\", \"h2:eth1\"]\n"));
        assertEquals("f.yml:6: endpoint \"h2:eth1\" is already cabled (line 5)",
                error("topology:\n  nodes:\n    h2: {}\n  links:\n    - endpoints: [h2:eth1, h2:eth2]\n    - endpoints: [h2:eth3, h2:eth1]\n"));
        assertEquals("f.yml:5: \"endpoints:\" must list two \"NODE:IFACE\" ends, got 1 items",
                error("topology:\n  nodes:\n    h2: {}\n  links:\n    - endpoints: [h2:eth1]\n"));
        assertEquals("f.yml:5: endpoint \"h2eth1\" is not \"NODE:IFACE\"",
                error("topology:\n  nodes:\n    h2: {}\n  links:\n    - endpoints: [h2eth1, h2:eth2]\n"));
        assertEquals("f.yml:5: endpoint \"h2:averyveryverylongname\": \"averyveryverylongname\" is not a valid interface name",
                error("topology:\n  nodes:\n    h2: {}\n  links:\n    - endpoints: [h2:averyveryverylongname, h2:eth2]\n"));
        assertEquals("f.yml:3: unclosed \"{\" (a flow mapping must end on its line)", error("topology:\n  nodes:\n    h1: {kind: linux\n"));
        assertEquals("f.yml:3: tab in indentation (YAML indents with spaces)", error("topology:\n  nodes:\n\th1: {}\n"));
        assertEquals("f.yml:4: unexpected indentation (expected a key at column 5)",
                error("topology:\n  nodes:\n    h1: {}\n      h2: {}\n"));
        assertEquals("f.yml:3: duplicate key \"h1\" (first on line 2)", error("nodes:\n  h1: {}\n  h1: {}\n"));
        assertEquals("f.yml:2: unterminated double-quoted string", error("topology:\n  name: \"abc\n"));
        assertEquals("f.yml:2: expected \"key: value\", got \"nodes\"", error("topology:\n  nodes\n"));
        assertEquals("f.yml:2: expected \"nodes:\" (NAME: {kind: linux} for each machine), got a list",
                error("topology:\n  nodes: [h1, h2]\n"));
        assertEquals("f.yml:2: \"nodes:\" lists no machine", error("topology:\n  nodes: {}\n"));
        assertEquals("f.yml:2: '&' (anchors, aliases, tags, block scalars and directives are not read in lab files)",
                error("topology:\n  &x\n"));
        assertEquals("f.yml:4: \"exec:\" must be a list of command lines, got \"ip link\"",
                error("topology:\n  nodes:\n    h1:\n      exec: ip link\n"));
    }

    @Test
    void missingFileSaysWhatBuiltInsThereAre() {
        var e = assertThrows(LabFileException.class, () -> LabFile.load("/nonexistent/lab.yml"));
        assertEquals("/nonexistent/lab.yml: cannot read the lab file (built-in labs: two-hosts)", e.getMessage());
    }
}
