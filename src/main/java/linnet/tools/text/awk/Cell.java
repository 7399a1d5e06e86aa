package linnet.tools.text.awk;

/**
 * An awk value as mawk keeps it: uninitialized, a number, a string, or a string from input that
 * looks like a number (a "strnum": compared as a number, printed as its text).
 */
final class Cell {
    static final int UNINIT = 0, NUM = 1, STR = 2, STRNUM = 3;
    static final Cell EMPTY = new Cell(UNINIT, 0, "");
    static final Cell ZERO = new Cell(NUM, 0, null);
    static final Cell ONE = new Cell(NUM, 1, null);

    final int type;
    final double d;
    final String s;

    private Cell(int type, double d, String s) {
        this.type = type;
        this.d = d;
        this.s = s;
    }

    static Cell num(double d) { return new Cell(NUM, d, null); }

    static Cell str(String s) { return new Cell(STR, 0, s); }

    /** Input text (a field, getline, -v, split, ARGV, ENVIRON): a strnum when all of it reads as a number. */
    static Cell input(String s) {
        Double d = Numbers.fullNumber(s);
        return d == null ? new Cell(STR, 0, s) : new Cell(STRNUM, d, s);
    }

    boolean numeric() { return type == NUM || type == STRNUM || type == UNINIT; }
}
