package linnet.lab;

/**
 * Start-up profiles beyond the bare sandbox. {@code host} (eth0 10.0.2.15/24, default via
 * 10.0.2.2 to an upstream "world") is not built yet: it needs the uplink NIC driver.
 */
final class Profiles {
    private Profiles() {}

    static void host(Lab lab) {
        // Until the uplink exists the host profile is the bare one.
    }
}
