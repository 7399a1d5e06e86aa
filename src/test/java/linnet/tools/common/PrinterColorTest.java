package linnet.tools.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** print_color_string: ANSI codes around the whole formatted field, none in JSON or without -c. */
class PrinterColorTest {
    @Test
    void aColoredFieldWrapsItsFormattedText() {
        Printer p = new Printer(false, false).color(true);
        p.text("state ").colored("operstate", "%s ", "UP", Printer.operstateColor("UP"));
        p.colored("x", "%s ", "LOWERLAYERDOWN", Printer.operstateColor("LOWERLAYERDOWN"));
        assertEquals("state \u001b[32mUP \u001b[0mLOWERLAYERDOWN ", p.finish());
    }

    @Test
    void noColorWithoutTheOptionOrInJson() {
        assertEquals("v0: ", new Printer(false, false).colored("ifname", "%s: ", "v0", Printer.COLOR_IFNAME).finish());
        assertEquals("[{\"ifname\":\"v0\"}]\n", new Printer(true, false).color(true).openObject(null)
                .colored("ifname", "%s: ", "v0", Printer.COLOR_IFNAME).closeObject().finish());
    }
}
