package linnet.kernel.ipv4;

/** The TCP states (include/net/tcp_states.h), named as ss(8) prints them. */
public enum TcpState {
    ESTABLISHED("ESTAB"), SYN_SENT("SYN-SENT"), SYN_RECV("SYN-RECV"), FIN_WAIT1("FIN-WAIT-1"),
    FIN_WAIT2("FIN-WAIT-2"), TIME_WAIT("TIME-WAIT"), CLOSE("UNCONN"), CLOSE_WAIT("CLOSE-WAIT"),
    LAST_ACK("LAST-ACK"), LISTEN("LISTEN"), CLOSING("CLOSING");

    public final String ssName;

    TcpState(String ssName) { this.ssName = ssName; }

    /** States whose receive side still takes data (tcp_data_queue is reached). */
    boolean takesData() { return this == ESTABLISHED || this == FIN_WAIT1 || this == FIN_WAIT2; }
}
