package linnet.tools.jq;

/** jq 1.6's usage texts (main.c usage and die), as it prints them. */
final class JqUsage {
    private JqUsage() {}

    /** jq --help, on standard output. */
    static final String HELP =
            "jq - commandline JSON processor [version 1.6]\n" +
            "\n" +
            "Usage:\tjq [options] <jq filter> [file...]\n" +
            "\tjq [options] --args <jq filter> [strings...]\n" +
            "\tjq [options] --jsonargs <jq filter> [JSON_TEXTS...]\n" +
            "\n" +
            "jq is a tool for processing JSON inputs, applying the given filter to\n" +
            "its JSON text inputs and producing the filter's results as JSON on\n" +
            "standard output.\n" +
            "\n" +
            "The simplest filter is ., which copies jq's input to its output\n" +
            "unmodified (except for formatting, but note that IEEE754 is used\n" +
            "for number representation internally, with all that that implies).\n" +
            "\n" +
            "For more advanced filters see the jq(1) manpage (\"man jq\")\n" +
            "and/or https://stedolan.github.io/jq\n" +
            "\n" +
            "Example:\n" +
            "\n" +
            "\t$ echo '{\"foo\": 0}' | jq .\n" +
            "\t{\n" +
            "\t\t\"foo\": 0\n" +
            "\t}\n" +
            "\n" +
            "Some of the options include:\n" +
            "  -c               compact instead of pretty-printed output;\n" +
            "  -n               use `null` as the single input value;\n" +
            "  -e               set the exit status code based on the output;\n" +
            "  -s               read (slurp) all inputs into an array; apply filter to it;\n" +
            "  -r               output raw strings, not JSON texts;\n" +
            "  -R               read raw strings, not JSON texts;\n" +
            "  -C               colorize JSON;\n" +
            "  -M               monochrome (don't colorize JSON);\n" +
            "  -S               sort keys of objects on output;\n" +
            "  --tab            use tabs for indentation;\n" +
            "  --arg a v        set variable $a to value <v>;\n" +
            "  --argjson a v    set variable $a to JSON value <v>;\n" +
            "  --slurpfile a f  set variable $a to an array of JSON texts read from <f>;\n" +
            "  --rawfile a f    set variable $a to a string consisting of the contents of <f>;\n" +
            "  --args           remaining arguments are string arguments, not files;\n" +
            "  --jsonargs       remaining arguments are JSON arguments, not files;\n" +
            "  --               terminates argument processing;\n" +
            "\n" +
            "Named arguments are also available as $ARGS.named[], while\n" +
            "positional arguments are available as $ARGS.positional[].\n" +
            "\n" +
            "See the manpage for more options.\n";

    /** What die() adds after a bad option, on standard error. */
    static final String SHORT = "Use jq --help for help with command-line options,\n"
            + "or see the jq manpage, or online docs  at https://stedolan.github.io/jq\n";
}
