package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertEquals(List.of(), LineDiff.unified("a\nb\n", "a\nb\n", "x", "y"));
    }

    @Test
    void changeWithContextLikeDiffU() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n";
        assertEquals(List.of("--- x", "+++ y", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"),
                LineDiff.unified(a, b, "x", "y"));
    }

    @Test
    void farApartChangesMakeTwoHunksAndEmptyRangesPointAtTheLineBefore() {
        String a = "a\n1\n2\n3\n4\n5\n6\n7\nz\n";
        String b = "1\n2\n3\n4\n5\n6\n7\nz\nadded\n";
        assertEquals(List.of("--- x", "+++ y", "@@ -1,4 +1,3 @@", "-a", " 1", " 2", " 3",
                        "@@ -7,3 +6,4 @@", " 6", " 7", " z", "+added"),
                LineDiff.unified(a, b, "x", "y"));
        assertEquals(List.of("--- x", "+++ y", "@@ -0,0 +1 @@", "+new"), LineDiff.unified("", "new\n", "x", "y"));
    }

    @Test
    void missingFinalNewlineIsADifference() {
        assertEquals(List.of("--- x", "+++ y", "@@ -1 +1 @@", "-a", "+a", "\\ No newline at end of file"),
                LineDiff.unified("a\n", "a", "x", "y"));
    }
}
