package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Tool;
import linnet.tools.text.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mkdir, rmdir, rm, touch, tee, cp, mv, ln, chmod, mktemp and ls against coreutils 9.1: each case
 * of cases/files.txt is a bash -c script run by the real bash in an empty scratch directory
 * (recorded into files.tsv by record.py), and here by linnet's bash in an empty /tmp/scratch.
 */
class FilesRecordedTest {
    static List<Recorded.Case> cases() { return Recorded.cases("files"); }

    /** argv[0] "bash" as the shell runs a program: the rest of the words are its arguments. */
    private static final Tool BASH = (ctx, args) -> {
        List<String> argv = new ArrayList<>(List.of("bash"));
        argv.addAll(args);
        return ctx.exec.run(ctx, argv);
    };

    @ParameterizedTest
    @MethodSource("cases")
    void asGnu(Recorded.Case c) { Recorded.check(BASH, c, "/tmp/scratch"); }
}
