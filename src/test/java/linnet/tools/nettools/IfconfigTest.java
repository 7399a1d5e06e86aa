package linnet.tools.nettools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.rtnl.DevIoctl;
import org.junit.jupiter.api.Test;

class IfconfigTest {
    @Test
    void classfulPrefixOfAnAddressWithoutOne() {
        assertEquals(8, DevIoctl.classfulLen(0x0a010109));   // 10.1.1.9
        assertEquals(16, DevIoctl.classfulLen(0xac140101));  // 172.20.1.1
        assertEquals(24, DevIoctl.classfulLen(0xc8010101));  // 200.1.1.1
        assertEquals(-1, DevIoctl.classfulLen(0xe0000001));  // multicast
        assertEquals(32, DevIoctl.classfulLen(0xf0000001));  // class E
        assertEquals(0, DevIoctl.classfulLen(0));
    }

    @Test
    void interfaceNamesSortNumbersByValue() {
        assertTrue(Ifconfig.nstrcmp("eth2", "eth10") < 0);
        assertTrue(Ifconfig.nstrcmp("veth0", "veth0:0") < 0);
        assertTrue(Ifconfig.nstrcmp("lo", "veth0") < 0);
        assertTrue(Ifconfig.nstrcmp("veth0:10", "veth0:9") > 0);
        assertEquals(0, Ifconfig.nstrcmp("br0", "br0"));
    }

    @Test
    void addressesParseAsInetAton() {
        assertEquals(0x0a010101, Inet.aton("10.1.1.1"));
        assertEquals(0x0a000001, Inet.aton("10.1"));
        assertEquals(0x0a010101, Inet.aton("0xa.1.1.1"));
        assertNull(Inet.aton("300.1.1.1"));
        assertNull(Inet.aton("10.1.1.1.1"));
        assertNull(Inet.aton("y"));
        assertEquals(0xffffff00, Inet.prefixMask("10.1.1.1/24"));
        // x86 takes the shift count modulo 32: "/33" is "/1".
        assertEquals(0x80000000, Inet.prefixMask("10.1.1.1/33"));
        assertNull(Inet.prefixMask("10.1.1.1"));
        assertEquals("300.1.1.1: Unknown host", Inet.lookupError("300.1.1.1"));
        assertEquals("y: Host name lookup failure", Inet.lookupError("y"));
    }
}
