package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** tcpdump -r: the input is the capture file itself (header, records, frames), printed with every decoder. */
class PcapFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    @FuzzTest
    void read(byte[] data) {
        Fuzz.Box box = Fuzz.Box.light();
        box.writeFile("/tmp/fuzz.pcap", data);
        Fuzz.check(box, "tcpdump -r /tmp/fuzz.pcap -nn -vv -e", false);
        Fuzz.check(box, "tcpdump -r /tmp/fuzz.pcap -X -c 5 'tcp or udp or icmp or arp or ip6'", false);
    }
}
