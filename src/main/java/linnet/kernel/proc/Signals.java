package linnet.kernel.proc;

/**
 * Signal numbers, names and descriptions as x86 Linux has them (signal(7), glibc's strsignal),
 * shared by bash's kill/trap/jobs and procps' kill.
 */
public final class Signals {
    private Signals() { }

    /** Names without "SIG", index = number (1..31; 32 and 33 are glibc's own, unnamed). */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1",
            "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
            "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** What strsignal(3) says, as bash prints for a job that a signal ended. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
            "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
            "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
            "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
            "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
            "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    public static final int SIGRTMIN = 34, SIGRTMAX = 64;

    /** The name without "SIG" ("TERM", "RTMIN+3"), or null for no signal. */
    public static String name(int sig) {
        if (sig >= 1 && sig < NAMES.length) return NAMES[sig];
        if (sig == SIGRTMIN) return "RTMIN";
        if (sig == SIGRTMAX) return "RTMAX";
        if (sig > SIGRTMIN && sig <= SIGRTMIN + 15) return "RTMIN+" + (sig - SIGRTMIN);
        if (sig > SIGRTMIN + 15 && sig < SIGRTMAX) return "RTMAX-" + (SIGRTMAX - sig);
        return null;
    }

    /** strsignal(3). */
    public static String description(int sig) {
        if (sig >= 1 && sig < DESCRIPTIONS.length) return DESCRIPTIONS[sig];
        if (sig >= SIGRTMIN && sig <= SIGRTMAX) return "Real-time signal " + (sig - SIGRTMIN);
        return "Unknown signal " + sig;
    }

    /** A signal by name ("TERM", "SIGTERM", any case) or number; -1 when there is none. */
    public static int parse(String spec) {
        if (!spec.isEmpty() && spec.chars().allMatch(Character::isDigit)) {
            try {
                int n = Integer.parseInt(spec);
                return n == 0 || name(n) != null ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        String s = spec.toUpperCase(java.util.Locale.ROOT);
        if (s.startsWith("SIG")) s = s.substring(3);
        for (int i = 1; i <= SIGRTMAX; i++) if (s.equals(name(i))) return i;
        return -1;
    }

    /** Whether the signal's default action ends the process (not ignore, stop or continue). */
    public static boolean terminates(int sig) {
        return switch (sig) {
            case 0, PidTable.SIGCHLD, PidTable.SIGCONT, PidTable.SIGSTOP, 20, 21, 22, 23, 28 -> false;
            default -> true;
        };
    }
}
