package linnet.tools.jq;

import java.util.List;

/** A parsed jq program: one record per construct of jq 1.6's grammar (src/parser.y). */
sealed interface Ast {
    /** `.` */
    record Identity() implements Ast {}

    /** `..`: recurse. */
    record RecurseAll() implements Ast {}

    /** target[key], `.foo`, `."foo"`: key is evaluated against the term's input, not the target. */
    record Index(Ast target, Ast key) implements Ast {}

    /** target[from:to], either end may be null. */
    record Slice(Ast target, Ast from, Ast to) implements Ast {}

    /** target[] */
    record Iterate(Ast target) implements Ast {}

    /** try body catch handler; `body?` has no handler. */
    record Try(Ast body, Ast handler) implements Ast {}

    record Literal(Object value) implements Ast {}

    /** A string with interpolations: parts are String or Ast; format is "text" unless @fmt "...". */
    record Str(String format, List<Object> parts) implements Ast {}

    /** @fmt alone: the format applied to `.`. */
    record Format(String name) implements Ast {}

    /** [body] or [] (body null). */
    record ArrayCons(Ast body) implements Ast {}

    record ObjectCons(List<Entry> entries) implements Ast {}

    record Entry(Ast key, Ast value) {}

    record Neg(Ast operand) implements Ast {}

    record Pipe(Ast left, Ast right) implements Ast {}

    record Comma(Ast left, Ast right) implements Ast {}

    /** + - * / % == != < <= > >= */
    record Binop(String op, Ast left, Ast right) implements Ast {}

    record And(Ast left, Ast right) implements Ast {}

    record Or(Ast left, Ast right) implements Ast {}

    /** a // b */
    record Alt(Ast left, Ast right) implements Ast {}

    /** = |= += -= *= /= %= //= */
    record Assign(String op, Ast target, Ast value) implements Ast {}

    /** if cond then a else b end (elif folds into a nested If). */
    record If(Ast cond, Ast then, Ast otherwise) implements Ast {}

    record Reduce(Ast source, Pattern pattern, Ast init, Ast update) implements Ast {}

    record Foreach(Ast source, Pattern pattern, Ast init, Ast update, Ast extract) implements Ast {}

    /** source as $x | body */
    record Bind(Ast source, Pattern pattern, Ast body) implements Ast {}

    /** def name(params): body; rest */
    record FuncDefs(Def def, Ast rest) implements Ast {}

    /** A definition; a param starting with '$' is a value parameter. */
    record Def(String name, List<String> params, Ast body) {}

    /** name(args): offset is where the name starts, for "name/N is not defined". */
    record Call(String name, List<Ast> args, int offset) implements Ast {}

    record Var(String name, int offset) implements Ast {}

    record Label(String name, Ast body) implements Ast {}

    record Break(String name, int offset) implements Ast {}

    /** $__loc__ */
    record Loc(int line) implements Ast {}

    /** Destructuring: $x, [p, ...], {key: p, $x, ...}. */
    sealed interface Pattern {}

    record PVar(String name) implements Pattern {}

    record PArray(List<Pattern> elements) implements Pattern {}

    /** An object pattern entry: a key expression (or the variable `$x` for {$x}) and an optional sub-pattern. */
    record PEntry(String var, Ast key, Pattern pattern) {}

    record PObject(List<PEntry> entries) implements Pattern {}
}
