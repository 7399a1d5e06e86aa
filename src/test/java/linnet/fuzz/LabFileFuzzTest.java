package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import linnet.lab.Lab;
import linnet.lab.LabFile;
import linnet.lab.LabFileException;
import linnet.lab.LabSpec;
import linnet.shell.ScriptRunner;
import linnet.shell.exec.Shell;

/** Lab files (containerlab's YAML): any text parses to a lab or to a LabFileException naming the line. */
class LabFileFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    @FuzzTest
    void parse(byte[] data) {
        LabSpec spec;
        try {
            spec = LabFile.parse(Fuzz.text(data), "fuzz.yml");
        } catch (LabFileException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("an error without words", e);
            return;
        }
        // a lab that parses is built and booted (its nodes' exec commands run), when it is small
        if (spec.nodes().size() > 6 || spec.links().size() > 12) return;
        Shell.rethrowInternalErrors = true;
        try {
            Lab lab = new Lab(5, spec);
            ScriptRunner sh = new ScriptRunner(lab);
            sh.setLineTimeoutMs(Fuzz.LINE_MS);
            sh.finish();
        } finally {
            Shell.rethrowInternalErrors = false;
        }
    }
}
