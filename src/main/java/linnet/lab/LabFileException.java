package linnet.lab;

/** A lab file that cannot be read: where (file and line) and what was expected there. */
public final class LabFileException extends Exception {
    public final int line;

    public LabFileException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.line = line;
    }
}
