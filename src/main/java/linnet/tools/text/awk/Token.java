package linnet.tools.text.awk;

/** A lexical token of an awk program; {@code text} is what mawk names it by in "syntax error at or near". */
record Token(Kind kind, String text, double number, int line) {
    enum Kind {
        NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN, NEWLINE, EOF,
        BEGIN, END, FUNCTION, IF, ELSE, WHILE, FOR, DO, BREAK, CONTINUE, NEXT, NEXTFILE, EXIT, RETURN, DELETE,
        IN, GETLINE, PRINT, PRINTF,
        LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, SEMI, COMMA,
        PLUS, MINUS, STAR, SLASH, PERCENT, CARET, NOT, GT, LT, PIPE, QUESTION, COLON, TILDE, NOMATCH, DOLLAR,
        ASSIGN, ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, DIV_ASSIGN, MOD_ASSIGN, POW_ASSIGN,
        EQ, NE, LE, GE, AND, OR, INCR, DECR, APPEND
    }
}
