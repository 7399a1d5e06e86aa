package linnet.tools.text.awk;

/** mawk 1.3.4 20200120's usage and -W version texts (Debian 12), printed verbatim. */
final class AwkTexts {
    private AwkTexts() {}

    static final String USAGE =
            "Usage: mawk [Options] [Program] [file ...]\n" +
            "\n" +
            "Program:\n" +
            "    The -f option value is the name of a file containing program text.\n" +
            "    If no -f option is given, a \"--\" ends option processing; the following\n" +
            "    parameters are the program text.\n" +
            "\n" +
            "Options:\n" +
            "    -f program-file  Program  text is read from file instead of from the\n" +
            "                     command-line.  Multiple -f options are accepted.\n" +
            "    -F value         sets the field separator, FS, to value.\n" +
            "    -v var=value     assigns value to program variable var.\n" +
            "    --               unambiguous end of options.\n" +
            "\n" +
            "    Implementation-specific options are prefixed with \"-W\".  They can be\n" +
            "    abbreviated:\n" +
            "\n" +
            "    -W version       show version information and exit.\n" +
            "    -W dump          show assembler-like listing of program and exit.\n" +
            "    -W help          show this message and exit.\n" +
            "    -W interactive   set unbuffered output, line-buffered input.\n" +
            "    -W exec file     use file as program as well as last option.\n" +
            "    -W random=number set initial random seed.\n" +
            "    -W sprintf=number adjust size of sprintf buffer.\n" +
            "    -W posix_space   do not consider \"\\n\" a space.\n" +
            "    -W usage         show this message and exit.\n";

    /** -W version: this part goes to stdout ... */
    static final String VERSION =
            "mawk 1.3.4 20200120\n" +
            "Copyright 2008-2019,2020, Thomas E. Dickey\n" +
            "Copyright 1991-1996,2014, Michael D. Brennan\n" +
            "\n";

    /** ... and this part to stderr. */
    static final String VERSION_DETAILS =
            "random-funcs:       srandom/random\n" +
            "regex-funcs:        internal\n" +
            "compiled limits:\n" +
            "sprintf buffer      8192\n" +
            "maximum-integer     2147483647\n";
}
