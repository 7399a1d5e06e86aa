package linnet.tools.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same field calls print the text form or the JSON document. */
class PrinterTest {
    private static String emit(Printer p) {
        p.openObject(null).number("ifindex", "%s: ", 2).string("ifname", "%s", "veth0")
                .openArray("flags").text("<").jsonItem("UP").text("UP").text(">").closeArray()
                .string(null, " text-only", "").text("\n").closeObject();
        return p.finish();
    }

    @Test
    void textForm() {
        assertEquals("2: veth0<UP> text-only\n", emit(new Printer(false, false)));
    }

    @Test
    void compactJson() {
        assertEquals("[{\"ifindex\":2,\"ifname\":\"veth0\",\"flags\":[\"UP\"]}]\n", emit(new Printer(true, false)));
    }

    /** json_writer.c: object members on their own lines (four spaces a level), array elements inline. */
    @Test
    void prettyJsonIsIproute2Layout() {
        assertEquals("[ {\n        \"ifindex\": 2,\n        \"ifname\": \"veth0\",\n        \"flags\": [ \"UP\" ]\n"
                + "    } ]\n", emit(new Printer(true, true)));
    }

    @Test
    void prettyJsonArraysOfObjectsAndEmptyOnes() {
        Printer p = new Printer(true, true);
        p.openObject(null).openArray("addr_info").openObject(null).number("a", null, 1).closeObject()
                .openObject(null).closeObject().closeArray().openArray("none").closeArray().closeObject();
        assertEquals("[ {\n        \"addr_info\": [ {\n                \"a\": 1\n            },{} ],\n"
                + "        \"none\": [ ]\n    } ]\n", p.finish());
    }

    @Test
    void stringsAreEscaped() {
        Printer p = new Printer(true, false);
        p.openObject(null).string("k", "%s", "a\"b\\c\n").closeObject();
        assertEquals("[{\"k\":\"a\\\"b\\\\c\\n\"}]\n", p.finish());
    }
}
