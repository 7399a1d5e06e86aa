package linnet.shell.exec;

/**
 * PS1/PS2 backslash escapes as bash decodes them (decode_prompt_string) for the ones a prompt of
 * root on a lab machine uses: \\u \\h \\H \\w \\W \\$ \\n \\\\ and the non-printing brackets \\[ \\].
 */
final class Prompt {
    private Prompt() { }

    static String expand(String ps, String hostname, String cwd, String home) {
        String host = hostname == null ? "linnet" : hostname;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ps.length(); i++) {
            char c = ps.charAt(i);
            if (c != '\\' || i + 1 >= ps.length()) {
                sb.append(c);
                continue;
            }
            char e = ps.charAt(++i);
            switch (e) {
                case 'u' -> sb.append("root");
                case 'h' -> sb.append(host.indexOf('.') >= 0 ? host.substring(0, host.indexOf('.')) : host);
                case 'H' -> sb.append(host);
                case 'w' -> sb.append(tilde(cwd, home));
                case 'W' -> sb.append(cwd.equals(home) ? "~" : cwd.equals("/") ? "/" : cwd.substring(cwd.lastIndexOf('/') + 1));
                case '$' -> sb.append('#'); // uid 0
                case 'n' -> sb.append('\n');
                case 's' -> sb.append("bash");
                case '\\' -> sb.append('\\');
                case '[', ']' -> { }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    /** \w: the working directory with $HOME shown as ~. */
    static String tilde(String cwd, String home) {
        if (home == null || home.isEmpty() || home.equals("/")) return cwd;
        if (cwd.equals(home)) return "~";
        return cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
    }
}
