package linnet.shell.parse;

import java.util.List;

/**
 * The shell grammar's nodes, as bash's parser builds them (parse.y): a word keeps its raw source
 * text (quotes and all), because expansion, not parsing, decides what it becomes.
 */
public final class Ast {
    private Ast() {}

    /** A command of any kind; {@code line} is where it starts (bash's "line N" in messages). */
    public sealed interface Node permits Simple, Pipeline, AndOr, Seq, Group, Subshell, If, For, ArithFor, Loop,
            Case, FuncDef, Arith, Cond {}

    /**
     * {@code [N]op target}: op is one of < > >> >| <> <& >& &> &>> << <<- <<<. For a here-document
     * {@code here} holds the body, which the lexer fills in when the line ends (after this record exists).
     */
    public record Redir(int fd, String op, String target, linnet.shell.lex.Lexer.HereDoc here) {}

    public record Simple(List<String> assigns, List<String> words, List<Redir> redirs, int line) implements Node {}

    /** {@code [!] a | b | c}; {@code errPipe[i]} when stage i is joined to the next by {@code |&}. */
    public record Pipeline(List<Node> stages, boolean bang, boolean[] errPipe, int line) implements Node {}

    /** {@code first && a || b ...}: ops[i] ("&&" or "||") joins rest[i] to what came before. */
    public record AndOr(Node first, List<String> ops, List<Node> rest) implements Node {}

    /** A list: each item runs in turn, in the background when its flag is set; texts are their source (for jobs). */
    public record Seq(List<Node> items, List<Boolean> background, List<String> texts) implements Node {}

    public record Group(Seq body, List<Redir> redirs) implements Node {}

    public record Subshell(Seq body, List<Redir> redirs, int line) implements Node {}

    /** if c0; then b0; elif c1; then b1; else e; fi */
    public record If(List<Seq> conds, List<Seq> bodies, Seq orElse, List<Redir> redirs) implements Node {}

    /** {@code for NAME [in WORDS]; do BODY; done}; words null means "$@". */
    public record For(String name, List<String> words, Seq body, List<Redir> redirs, int line) implements Node {}

    public record ArithFor(String init, String cond, String step, Seq body, List<Redir> redirs, int line) implements Node {}

    /** while (until == false) or until loop. */
    public record Loop(boolean until, Seq cond, Seq body, List<Redir> redirs) implements Node {}

    /** One case arm; terminator is ";;", ";&" or ";;&". */
    public record CaseArm(List<String> patterns, Seq body, String terminator) {}

    public record Case(String word, List<CaseArm> arms, List<Redir> redirs, int line) implements Node {}

    public record FuncDef(String name, Node body, int line) implements Node {}

    /** {@code (( expr ))} */
    public record Arith(String expr, List<Redir> redirs, int line) implements Node {}

    /** {@code [[ expr ]]} */
    public record Cond(CondExpr expr, List<Redir> redirs, int line) implements Node {}

    /** The conditional expression language of {@code [[ ]]}. */
    public sealed interface CondExpr permits CondAnd, CondOr, CondNot, CondUnary, CondBinary, CondWord {}

    public record CondAnd(CondExpr l, CondExpr r) implements CondExpr {}

    public record CondOr(CondExpr l, CondExpr r) implements CondExpr {}

    public record CondNot(CondExpr e) implements CondExpr {}

    public record CondUnary(String op, String word) implements CondExpr {}

    public record CondBinary(String op, String l, String r) implements CondExpr {}

    public record CondWord(String word) implements CondExpr {}
}
