package linnet.kernel.rtnl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtIoctlTest {
    @Test
    void badMaskRejectsHolesAndHostBits() {
        assertFalse(RtIoctl.badMask(0xffff0000, 0x0a020000));
        assertFalse(RtIoctl.badMask(0, 0));
        // A -net route without a netmask: mask 0 with a non-zero destination is EINVAL.
        assertTrue(RtIoctl.badMask(0, 0x0a060000));
        assertTrue(RtIoctl.badMask(0xffff0000, 0x0a020001));
        assertTrue(RtIoctl.badMask(0xff00ff00, 0x0a000000));
    }
}
