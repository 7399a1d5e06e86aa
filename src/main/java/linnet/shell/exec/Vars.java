package linnet.shell.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shell's variables (variables.c): a global scope plus one scope per running function for
 * {@code local}; lookups go from the innermost scope out (bash's dynamic scoping). A variable is a
 * string or an indexed array, and may be exported or read-only.
 */
final class Vars {
    static final class Var {
        String value;
        TreeMap<Long, String> array;
        /** declare -A: string keys, kept in the order they were added. */
        LinkedHashMap<String, String> assoc;
        boolean exported;
        boolean readonly;
        /** declare -i: every assignment is evaluated as arithmetic. */
        boolean integer;

        Var copy() {
            Var v = new Var();
            v.value = value;
            v.array = array == null ? null : new TreeMap<>(array);
            v.assoc = assoc == null ? null : new LinkedHashMap<>(assoc);
            v.integer = integer;
            v.exported = exported;
            v.readonly = readonly;
            return v;
        }

        /** $name of an array is its element 0. */
        String scalar() { return assoc != null ? assoc.get("0") : array != null ? array.get(0L) : value; }

        /** How many elements ${#a[@]} counts. */
        int size() { return assoc != null ? assoc.size() : array != null ? array.size() : value != null ? 1 : 0; }
    }

    private final List<Map<String, Var>> scopes = new ArrayList<>();

    Vars() { scopes.add(new LinkedHashMap<>()); }

    /** A copy for a subshell: changes there do not reach the parent. */
    Vars copy() {
        Vars v = new Vars();
        v.scopes.clear();
        for (Map<String, Var> s : scopes) {
            Map<String, Var> c = new LinkedHashMap<>();
            s.forEach((k, x) -> c.put(k, x.copy()));
            v.scopes.add(c);
        }
        return v;
    }

    Var lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Var v = scopes.get(i).get(name);
            if (v != null) return v;
        }
        return null;
    }

    String get(String name) {
        Var v = lookup(name);
        return v == null ? null : v.scalar();
    }

    /** Sets name (in the scope where it lives, else globally); false if it is read-only. */
    boolean set(String name, String value) {
        Var v = lookup(name);
        if (v == null) {
            v = new Var();
            scopes.get(0).put(name, v);
        }
        if (v.readonly) return false;
        if (v.assoc != null) v.assoc.put("0", value);
        else if (v.array != null) v.array.put(0L, value);
        else v.value = value;
        return true;
    }

    /** NAME[KEY]=value of an associative array. */
    boolean setKey(String name, String key, String value) {
        Var v = lookup(name);
        if (v == null || v.readonly || v.assoc == null) return false;
        v.assoc.put(key, value);
        return true;
    }

    boolean setElement(String name, long index, String value) {
        Var v = lookup(name);
        if (v == null) {
            v = new Var();
            scopes.get(0).put(name, v);
        }
        if (v.readonly) return false;
        if (v.array == null) {
            v.array = new TreeMap<>();
            if (v.value != null) v.array.put(0L, v.value);
            v.value = null;
        }
        v.array.put(index, value);
        return true;
    }

    boolean setArray(String name, List<String> values) {
        Var v = lookup(name);
        if (v == null) {
            v = new Var();
            scopes.get(0).put(name, v);
        }
        if (v.readonly) return false;
        v.value = null;
        v.array = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) v.array.put((long) i, values.get(i));
        return true;
    }

    /** unset: false for a read-only variable. */
    boolean unset(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Var v = scopes.get(i).get(name);
            if (v != null) {
                if (v.readonly) return false;
                scopes.get(i).remove(name);
                return true;
            }
        }
        return true;
    }

    Var declareLocal(String name) {
        Map<String, Var> top = scopes.get(scopes.size() - 1);
        return top.computeIfAbsent(name, k -> new Var());
    }

    Var declareGlobal(String name) {
        Var v = lookup(name);
        if (v != null) return v;
        v = new Var();
        scopes.get(0).put(name, v);
        return v;
    }

    boolean inFunction() { return scopes.size() > 1; }

    void pushScope() { scopes.add(new LinkedHashMap<>()); }

    void popScope() { scopes.remove(scopes.size() - 1); }

    /** The environment a started program gets: every exported variable, innermost binding winning. */
    Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        for (Map<String, Var> s : scopes) {
            s.forEach((k, v) -> {
                if (v.exported && v.scalar() != null) env.put(k, v.scalar());
                else env.remove(k);
            });
        }
        return env;
    }

    /** Every variable with a value, sorted by name (for `set` and `declare -p`). */
    Map<String, Var> all() {
        Map<String, Var> m = new TreeMap<>();
        for (Map<String, Var> s : scopes) m.putAll(s);
        return m;
    }
}
