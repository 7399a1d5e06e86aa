package linnet.tools.jq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's tree shapes (jq 1.6's precedences and associativity) and its compile errors. */
class JqParserTest {
    private static Ast parse(String p) throws JqParser.CompileError { return JqParser.parse(p); }

    private static final Ast DOT = new Ast.Identity();

    private static Ast field(Ast target, String name) { return new Ast.Index(target, new Ast.Literal(name)); }

    private static Ast num(double d) { return new Ast.Literal(d); }

    @Test
    void pipeIsLowestAndRightAssociative() throws Exception {
        assertEquals(new Ast.Pipe(new Ast.Comma(num(1), num(2)), new Ast.Pipe(num(3), num(4))), parse("1, 2 | 3 | 4"));
    }

    @Test
    void multiplicationBindsTighterThanAdditionWhichIsLeftAssociative() throws Exception {
        assertEquals(new Ast.Binop("-", new Ast.Binop("-", num(1), num(2)), new Ast.Binop("*", num(3), num(4))),
                parse("1 - 2 - 3 * 4"));
    }

    @Test
    void alternativeIsRightAssociativeAndBelowOr() throws Exception {
        Ast a = parse(".a // .b or .c // 1");
        assertEquals(new Ast.Alt(field(DOT, "a"), new Ast.Alt(new Ast.Or(field(DOT, "b"), field(DOT, "c")), num(1))), a);
    }

    @Test
    void suffixesChainOnATerm() throws Exception {
        assertEquals(new Ast.Try(new Ast.Iterate(new Ast.Index(field(DOT, "a"), num(0))), null), parse(".a[0][]?"));
        assertEquals(new Ast.Slice(DOT, num(1), null), parse(".[1:]"));
        Ast.Index quoted = assertInstanceOf(Ast.Index.class, parse(".\"a b\""));
        assertEquals(new Ast.Str("text", List.of("a b")), quoted.key());
    }

    @Test
    void bindingBodyExtendsToTheEnd() throws Exception {
        Ast a = parse("1 + . as $x | $x, 2");
        Ast.Binop plus = assertInstanceOf(Ast.Binop.class, a);
        Ast.Bind bind = assertInstanceOf(Ast.Bind.class, plus.right());
        assertEquals(new Ast.Comma(new Ast.Var("x", 14), num(2)), bind.body());
    }

    @Test
    void objectShorthandsAndStrings() throws Exception {
        Ast.ObjectCons o = assertInstanceOf(Ast.ObjectCons.class, parse("{a, $b, \"c\": 1, (.d): 2}"));
        assertEquals(4, o.entries().size());
        assertEquals(new Ast.Entry(new Ast.Literal("a"), field(DOT, "a")), o.entries().get(0));
        Ast.Str s = assertInstanceOf(Ast.Str.class, parse("\"x\\(.a)y\""));
        assertEquals(List.of("x", field(DOT, "a"), "y"), s.parts());
    }

    @Test
    void elifNestsAndTryTakesATerm() throws Exception {
        assertEquals(new Ast.If(num(1), num(2), new Ast.If(num(3), num(4), num(5))), parse("if 1 then 2 elif 3 then 4 else 5 end"));
        assertInstanceOf(Ast.Binop.class, parse("try .a catch . + 1"));
    }

    @Test
    void constantDivisionFolds() throws Exception {
        assertEquals(num(2.5), parse("5 / 2"));
        JqParser.CompileError e = assertThrows(JqParser.CompileError.class, () -> parse("1/0"));
        assertEquals(List.of(new JqParser.Problem("Division by zero?", 0)), e.problems);
    }

    @Test
    void syntaxErrorsPointWhereBisonDoes() {
        JqParser.CompileError e = assertThrows(JqParser.CompileError.class, () -> parse(".a |  "));
        assertEquals(List.of(new JqParser.Problem("syntax error, unexpected $end (Unix shell quoting issues?)", 4)), e.problems);
        e = assertThrows(JqParser.CompileError.class, () -> parse("if . then 1 end"));
        assertEquals(List.of(new JqParser.Problem("syntax error, unexpected end (Unix shell quoting issues?)", 12),
                new JqParser.Problem("Possibly unterminated 'if' statement", 0)), e.problems);
        e = assertThrows(JqParser.CompileError.class, () -> parse("1 2"));
        assertEquals("syntax error, unexpected LITERAL, expecting $end (Unix shell quoting issues?)", e.problems.get(0).message());
    }

    @Test
    void unboundNamesAreReportedByTheResolver() throws Exception {
        List<JqParser.Problem> ps = JqResolver.check(parse(".a | foo | $x"), List.of(), JqBuiltins.NAMES);
        assertEquals(List.of(new JqParser.Problem("foo/0 is not defined", 5), new JqParser.Problem("$x is not defined", 11)), ps);
        assertEquals(List.of(), JqResolver.check(parse("def f($a): $a, a; f(1)"), List.of(), JqBuiltins.NAMES));
    }
}
