package linnet.tools.text.awk;

/** An error mawk reports and exits 2 for; the message is printed after "PROG: ". */
class AwkError extends RuntimeException {
    /** Further messages printed after this one (mawk's parser goes on after some errors). */
    final String[] more;

    AwkError(String message, String... more) {
        super(message, null, false, false);
        this.more = more;
    }
}
