package linnet.tools.jq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading what the printer wrote gives the value back, and printing it again gives the same
 * bytes: jq's canonical output is a fixed point of print∘read, compact or indented.
 */
class JsonRoundTripProperties {
    @Provide
    Arbitrary<Object> json() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
                Arbitraries.doubles().filter(Double::isFinite).map(d -> (Object) d),
                Arbitraries.integers().between(-1000, 1000).map(i -> (Object) (double) i),
                Arbitraries.strings().ofMaxLength(8).map(s -> (Object) s));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<Object>(l)),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(4), inner).ofMaxSize(4)
                        .map(m -> (Object) new LinkedHashMap<String, Object>(m))), 3);
    }

    private static Object read(String text) throws JsonReader.ParseError {
        JsonReader r = new JsonReader(text.getBytes(StandardCharsets.UTF_8));
        Object v = r.next();
        assertTrue(r.next() == JsonReader.END, "one value in " + text);
        return v;
    }

    @Property(tries = 300)
    void compactIsAFixedPoint(@ForAll("json") Object v) throws Exception {
        String once = JsonPrinter.compact(v);
        Object back = read(once);
        assertEquals(0, JqValues.compare(v, back), once);
        assertEquals(once, JsonPrinter.compact(back));
    }

    @Property(tries = 300)
    void indentedReadsBackToTheSameValue(@ForAll("json") Object v) throws Exception {
        JsonPrinter pretty = new JsonPrinter(2, false, false);
        String text = pretty.print(v);
        Object back = read(text);
        assertEquals(JsonPrinter.compact(v), JsonPrinter.compact(back));
        assertEquals(text, pretty.print(back));
    }

    @Property(tries = 1000)
    void numbersPrintAsTheShortestTextThatReadsBack(@ForAll double d) throws Exception {
        if (!Double.isFinite(d)) return;
        String s = JsonPrinter.number(d);
        assertEquals(d, (Double) read(s), s);
    }

    @Property(tries = 200)
    void asciiOutputReadsBackToTheSameString(@ForAll String s) throws Exception {
        if (!s.codePoints().allMatch(c -> c < 0xD800 || c > 0xDFFF)) return;
        StringBuilder b = new StringBuilder();
        JsonPrinter.string(b, s, true);
        assertTrue(b.chars().allMatch(c -> c < 0x80), b.toString());
        assertEquals(s, read(b.toString()));
    }

}
