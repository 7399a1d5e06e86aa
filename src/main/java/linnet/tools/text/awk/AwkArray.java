package linnet.tools.text.awk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An awk array laid out as mawk's array.w lays it out, so that "for (k in a)" visits keys in
 * mawk's order: a split() vector, or a hash table of 64·2^n chains (doubled past an average of
 * 12 per chain) keyed by FNV-1 of the string and by the integer value, each lookup moving the
 * node to the front of its chain, the loop walking the string chains in table order.
 */
final class AwkArray {
    private static final int INT = 1, STR = 2, SPLIT = 4;
    private static final int STARTING_HMASK = 63, MAX_AVE_LIST_LENGTH = 12;

    /** One element: its keys and its value (the value is replaced in place). */
    static final class Node {
        Node slink, ilink;
        String sval;
        int hval;
        int ival;
        boolean hasIval;
        Cell cell = Cell.EMPTY;
    }

    private int type;
    private int size;
    private int limit;
    private int hmask;
    private Node[] slist, ilist;
    private Node[] split;

    int size() { return size; }

    static int hash(String s) {
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            h ^= b & 0xff;
            h *= 16777619;
        }
        return h;
    }

    /** A[key] (created when asked), or null; {@code convfmt} turns a non-integer number key into its string. */
    Node find(Cell key, boolean create, String convfmt) {
        if (size == 0 && !create) return null;
        if (key.type == Cell.NUM) {
            double d = key.d;
            int ival = Numbers.toInt(d);
            if ((double) ival == d) {
                if (type == SPLIT) {
                    if (ival >= 1 && ival <= size) return split[ival - 1];
                    if (!create) return null;
                    convertSplitToTable();
                } else if (type == 0) makeEmptyTable(INT);
                return findByIval(ival, create);
            }
            return findBySval(Format.sprintf1(convfmt, d), create);
        }
        return findBySval(key.type == Cell.UNINIT ? "" : key.s, create);
    }

    private Node findByIval(int ival, boolean create) {
        int idx = ival & hmask;
        Node p = ilist[idx], q = null;
        while (true) {
            if (p == null) {
                if ((type & STR) != 0) {
                    p = findBySval(Integer.toString(ival), create);
                    if (p == null) return null;
                    idx = ival & hmask;
                } else if (create) {
                    p = new Node();
                    if (++size > limit) {
                        doubleTheHashTable();
                        idx = ival & hmask;
                    }
                } else return null;
                p.ival = ival;
                p.hasIval = true;
                type |= INT;
                break;
            } else if (p.ival == ival) {
                if (q == null) return p;
                q.ilink = p.ilink;
                break;
            }
            q = p;
            p = q.ilink;
        }
        p.ilink = ilist[idx];
        ilist[idx] = p;
        return p;
    }

    private Node findBySval(String sval, boolean create) {
        int hval = hash(sval);
        if ((type & STR) == 0) addStringAssociations();
        int idx = hval & hmask;
        Node p = slist[idx], q = null;
        while (true) {
            if (p == null) {
                if (!create) return null;
                p = new Node();
                p.sval = sval;
                p.hval = hval;
                if (++size > limit) {
                    doubleTheHashTable();
                    idx = hval & hmask;
                }
                break;
            } else if (p.hval == hval && p.sval.equals(sval)) {
                if (q == null) return p;
                q.slink = p.slink;
                break;
            }
            q = p;
            p = q.slink;
        }
        p.slink = slist[idx];
        slist[idx] = p;
        return p;
    }

    private void addStringAssociations() {
        if (type == 0) {
            makeEmptyTable(STR);
            return;
        }
        if (type == SPLIT) convertSplitToTable();
        for (int i = 0; i <= hmask; i++) {
            for (Node p = ilist[i]; p != null; p = p.ilink) {
                p.sval = Integer.toString(p.ival);
                p.hval = hash(p.sval);
                p.slink = slist[hmask & p.hval];
                slist[hmask & p.hval] = p;
            }
        }
        type |= STR;
    }

    private void makeEmptyTable(int t) {
        type = t;
        hmask = STARTING_HMASK;
        limit = (hmask + 1) * MAX_AVE_LIST_LENGTH;
        slist = new Node[hmask + 1];
        ilist = new Node[hmask + 1];
    }

    private void convertSplitToTable() {
        Node[] cells = split;
        hmask = STARTING_HMASK;
        limit = (hmask + 1) * MAX_AVE_LIST_LENGTH;
        while (size > limit) {
            hmask = (hmask << 1) + 1;
            limit = (hmask + 1) * MAX_AVE_LIST_LENGTH;
        }
        slist = new Node[hmask + 1];
        ilist = new Node[hmask + 1];
        for (int i = 0, j = 1; i < size; i++) {
            Node p = cells[i];
            p.ival = i + 1;
            p.hasIval = true;
            p.ilink = ilist[j];
            ilist[j] = p;
            j = (j + 1) & hmask;
        }
        split = null;
        type = INT;
    }

    private void doubleTheHashTable() {
        int old = hmask, nw = (old << 1) + 1;
        slist = java.util.Arrays.copyOf(slist, nw + 1);
        ilist = java.util.Arrays.copyOf(ilist, nw + 1);
        for (int i = 0, j = old + 1; i <= old; i++, j++) {
            if ((type & STR) != 0) {
                Node stay = null, stayTail = null, move = null, moveTail = null;
                for (Node p = slist[i]; p != null; ) {
                    Node n = p.slink;
                    p.slink = null;
                    if ((p.hval & nw) != i) {
                        if (moveTail == null) move = p; else moveTail.slink = p;
                        moveTail = p;
                    } else {
                        if (stayTail == null) stay = p; else stayTail.slink = p;
                        stayTail = p;
                    }
                    p = n;
                }
                slist[i] = stay;
                slist[j] = move;
            }
            if ((type & INT) != 0) {
                Node stay = null, stayTail = null, move = null, moveTail = null;
                for (Node p = ilist[i]; p != null; ) {
                    Node n = p.ilink;
                    p.ilink = null;
                    if ((p.ival & nw) != i) {
                        if (moveTail == null) move = p; else moveTail.ilink = p;
                        moveTail = p;
                    } else {
                        if (stayTail == null) stay = p; else stayTail.ilink = p;
                        stayTail = p;
                    }
                    p = n;
                }
                ilist[i] = stay;
                ilist[j] = move;
            }
        }
        hmask = nw;
        limit = (nw + 1) * MAX_AVE_LIST_LENGTH;
    }

    void delete(Cell key, String convfmt) {
        if (size == 0) return;
        Node ap;
        if (key.type == Cell.NUM) {
            double d = key.d;
            int ival = Numbers.toInt(d);
            if ((double) ival == d) {
                if (type == SPLIT) {
                    if (ival >= 1 && ival <= size) convertSplitToTable();
                    else return;
                }
                ap = findByIval(ival, false);
                if (ap != null) {
                    ilist[ap.ival & hmask] = ap.ilink;
                    if (ap.sval != null) unlinkS(ap);
                    if (--size == 0) clear();
                }
                return;
            }
            ap = findBySval(Format.sprintf1(convfmt, d), false);
        } else ap = findBySval(key.type == Cell.UNINIT ? "" : key.s, false);
        if (ap != null) {
            slist[ap.hval & hmask] = ap.slink;
            if (ap.hasIval) unlinkI(ap);
            if (--size == 0) clear();
        }
    }

    private void unlinkS(Node ap) {
        int i = ap.hval & hmask;
        Node p = slist[i], q = null;
        while (p != ap) { q = p; p = q.slink; }
        if (q != null) q.slink = p.slink; else slist[i] = p.slink;
    }

    private void unlinkI(Node ap) {
        int i = ap.ival & hmask;
        Node p = ilist[i], q = null;
        while (p != ap) { q = p; p = q.ilink; }
        if (q != null) q.ilink = p.ilink; else ilist[i] = p.ilink;
    }

    void clear() {
        type = 0;
        size = 0;
        limit = 0;
        hmask = 0;
        slist = ilist = split = null;
    }

    /** split()'s result: elements 1..n. */
    void load(List<Cell> cells) {
        clear();
        split = new Node[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            split[i] = new Node();
            split[i].cell = cells.get(i);
        }
        size = cells.size();
        type = size == 0 ? 0 : SPLIT;
        if (size == 0) split = null;
    }

    /** The keys in mawk's for-in order. */
    List<String> keys() {
        List<String> out = new ArrayList<>(size);
        if (size == 0) return out;
        if ((type & STR) == 0) addStringAssociations();
        for (int i = 0; i <= hmask; i++) for (Node p = slist[i]; p != null; p = p.slink) out.add(p.sval);
        return out;
    }
}
