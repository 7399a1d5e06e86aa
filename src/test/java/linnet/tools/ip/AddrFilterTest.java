package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.rtnl.AddrInfo;
import org.junit.jupiter.api.Test;

/** ip addr's get_filter and print_addrinfo selection, without a kernel. */
class AddrFilterTest {
    static AddrInfo v4(int flags, int scope, String label) {
        return new AddrInfo(AddrInfo.AF_INET, 2, 24, scope, flags, 0x0a000001, 0x0a000001, 0, label, null);
    }

    @Test
    void dynamicAndPrimaryAreTheInversesOfPermanentAndSecondary() {
        IpAddr.Filter f = new IpAddr.Filter();
        assertTrue(f.flag("dynamic"));
        assertEquals(InIfaddr.IFA_F_PERMANENT, f.flagmask);
        assertEquals(0, f.flags);
        assertTrue(f.flag("-primary"));
        assertEquals(InIfaddr.IFA_F_SECONDARY, f.flags & InIfaddr.IFA_F_SECONDARY);
        assertFalse(f.flag("bogus"));
        assertTrue(f.addrMatches(v4(InIfaddr.IFA_F_SECONDARY, 0, "veth0"), "veth0"));
        assertFalse(f.addrMatches(v4(InIfaddr.IFA_F_SECONDARY | InIfaddr.IFA_F_PERMANENT, 0, "veth0"), "veth0"));
        assertFalse(f.addrMatches(v4(0, 0, "veth0"), "veth0"));
    }

    @Test
    void labelGlobFallsBackToTheDeviceNameAndScopeAllMatchesEverything() {
        IpAddr.Filter f = new IpAddr.Filter();
        f.label = "veth0*";
        assertTrue(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "veth0:web"), "veth0"));
        assertTrue(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, ""), "veth0"), "an empty label is absent");
        assertFalse(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "other"), "veth0"));
        f.label = null;
        f.scope = InIfaddr.SCOPE_LINK;
        f.scopemask = -1;
        assertFalse(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "veth0"), "veth0"));
        f.scopemask = 0;
        assertTrue(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "veth0"), "veth0"));
    }

    @Test
    void toImpliesIpv4AndMatchesThePrefix() {
        IpAddr.Filter f = new IpAddr.Filter();
        f.pfx = new int[] {0x0a000000, 8};
        assertTrue(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "veth0"), "veth0"));
        f.pfx = new int[] {0x0b000000, 8};
        assertFalse(f.addrMatches(v4(InIfaddr.IFA_F_PERMANENT, 0, "veth0"), "veth0"));
        AddrInfo v6 = new AddrInfo(AddrInfo.AF_INET6, 2, 64, 0, 0x80, 0, 0, 0, null, new byte[16]);
        assertFalse(f.addrMatches(v6, "veth0"));
    }
}
