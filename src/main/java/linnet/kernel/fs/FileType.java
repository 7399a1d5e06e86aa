package linnet.kernel.fs;

/** The S_IFMT part of a mode, with the letter ls -l prints for it. */
public enum FileType {
    REGULAR('-'), DIRECTORY('d'), SYMLINK('l'), CHAR_DEVICE('c');

    public final char letter;

    FileType(char letter) { this.letter = letter; }
}
