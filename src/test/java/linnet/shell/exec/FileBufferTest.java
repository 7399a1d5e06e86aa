package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A redirected file fills up as a full disk does: what fits stays, the write that does not fit fails. */
class FileBufferTest {
    @Test
    void theWritePastTheLimitFailsWithNoSpaceAndTheFileKeepsWhatFitted() {
        FileBuffer f = new FileBuffer();
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < FileBuffer.LIMIT / chunk.length; i++) f.write(chunk, 0, chunk.length);
        assertEquals(FileBuffer.LIMIT, f.size());
        assertThrows(Flow.NoSpace.class, () -> f.write('x'));
        assertThrows(Flow.NoSpace.class, () -> f.write(chunk, 0, 1));
        assertEquals(FileBuffer.LIMIT, f.size());
    }
}
