package linnet.tools.text;

import java.util.regex.Pattern;

/**
 * The one door through which sed and awk turn a POSIX regular expression (BRE or ERE, GNU
 * extensions included) into a java.util.regex pattern. A seam so the translator behind it can be
 * swapped (linnet.tools.text.PosixRegex once grep's helper delivers it) without touching the tools.
 */
public interface RegexDialect {
    /** What regcomp(3) reports, in glibc's words ("Unmatched ( or \\(", "Invalid range end"). */
    final class SyntaxError extends Exception {
        public SyntaxError(String glibcText) { super(glibcText, null, false, false); }
    }

    /**
     * A pattern where '.' also matches a newline and '^'/'$' only match at the ends of the whole
     * subject (POSIX without REG_NEWLINE: what sed's pattern space and awk's strings need).
     */
    Pattern compile(String re, boolean extended, boolean ignoreCase) throws SyntaxError;

    /** The translator in use. */
    static RegexDialect posix() { return InterimPosixRegex.INSTANCE; }
}
