package linnet.tools.text.awk;

import java.util.List;

/** The parsed program: expressions and statements as records (what the interpreter walks). */
final class Ast {
    private Ast() {}

    sealed interface Expr permits Num, Str, Regex, Global, Local, Field, Index, Assign, Cond, And, Or, Not,
            Arith, Neg, Plus, Compare, Match, Concat, IncDec, In, Call, Builtin, Getline, Group {}

    record Num(double value) implements Expr {}
    record Str(String value) implements Expr {}
    /** A regex literal; as a value it is $0 ~ /re/. */
    record Regex(String source) implements Expr {}
    record Global(String name) implements Expr {}
    record Local(int slot, String name) implements Expr {}
    record Field(Expr index) implements Expr {}
    /** array[subscripts]: the array is a Global or Local name expression. */
    record Index(Expr array, List<Expr> subscripts) implements Expr {}
    /** op is null for '=', else the arithmetic operator character of '+=' etc. */
    record Assign(Expr target, Character op, Expr value) implements Expr {}
    record Cond(Expr test, Expr then, Expr otherwise) implements Expr {}
    record And(Expr left, Expr right) implements Expr {}
    record Or(Expr left, Expr right) implements Expr {}
    record Not(Expr operand) implements Expr {}
    /** + - * / % ^ */
    record Arith(char op, Expr left, Expr right) implements Expr {}
    record Neg(Expr operand) implements Expr {}
    record Plus(Expr operand) implements Expr {}
    /** < <= == != >= > (as the token text) */
    record Compare(String op, Expr left, Expr right) implements Expr {}
    record Match(boolean negate, Expr subject, Expr regex) implements Expr {}
    record Concat(Expr left, Expr right) implements Expr {}
    record IncDec(Expr target, boolean prefix, int delta) implements Expr {}
    record In(List<Expr> subscripts, Expr array) implements Expr {}
    record Call(String name, List<Expr> args, int line) implements Expr {}
    record Builtin(String name, List<Expr> args) implements Expr {}
    /** getline [var] [< file] or cmd | getline [var]: kind is ' ' (main input), '<' or '|'. */
    record Getline(char kind, Expr target, Expr source) implements Expr {}
    /** A parenthesized expression (a grouping, so "print (a) > f" and "(x) in a" parse as awk does). */
    record Group(Expr inner) implements Expr {}

    sealed interface Stmt permits Print, ExprStmt, If, While, Do, For, ForIn, Block, Next, NextFile, Exit, Return,
            Break, Continue, Delete {}

    /** print/printf; redirect is '\0', '>', 'a' (>>) or '|'. */
    record Print(boolean formatted, List<Expr> args, char redirect, Expr dest) implements Stmt {}
    record ExprStmt(Expr expr) implements Stmt {}
    record If(Expr test, Stmt then, Stmt otherwise) implements Stmt {}
    record While(Expr test, Stmt body) implements Stmt {}
    record Do(Stmt body, Expr test) implements Stmt {}
    record For(Stmt init, Expr test, Stmt step, Stmt body) implements Stmt {}
    record ForIn(Expr var, Expr array, Stmt body) implements Stmt {}
    record Block(List<Stmt> body) implements Stmt {}
    record Next() implements Stmt {}
    record NextFile() implements Stmt {}
    record Exit(Expr status) implements Stmt {}
    record Return(Expr value) implements Stmt {}
    record Break() implements Stmt {}
    record Continue() implements Stmt {}
    /** delete a[subs], or delete a (subscripts null). */
    record Delete(Expr array, List<Expr> subscripts) implements Stmt {}

    enum PatternKind { BEGIN, END, MAIN }

    /** pattern { action }: a null action prints $0; a range has both patterns. */
    record Item(PatternKind kind, Expr pattern, Expr rangeEnd, Block action) {}

    record Function(String name, List<String> params, Block body) {}

    record Program(List<Item> items, java.util.Map<String, Function> functions) {}
}
