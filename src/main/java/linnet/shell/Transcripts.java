package linnet.shell;

/** Runs a whole script and returns the conformance-format transcript (stub until the runner lands). */
public final class Transcripts {
    private Transcripts() {}

    /** @param script the script text; @param bare start from the bare profile; @param seed RNG seed */
    public static String transcript(String script, boolean bare, long seed) {
        throw new UnsupportedOperationException("not yet");
    }
}
