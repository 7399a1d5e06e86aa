package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pipe between pipeline stages: bounded, and who SIGPIPE would have ended. */
class PipeBufferTest {
    @Test
    void aWriterPastTheLimitFindsItsReaderGoneWithWhatFitDelivered() {
        PipeBuffer p = new PipeBuffer(10);
        p.write(new byte[] {1, 2, 3, 4, 5, 6}, 0, 6);
        assertThrows(Flow.BrokenPipe.class, () -> p.write(new byte[] {7, 8, 9, 10, 11, 12}, 0, 6));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, p.toByteArray());
        assertThrows(Flow.BrokenPipe.class, () -> p.write(0));
        assertEquals(10, p.size());
    }

    @Test
    void onlyAWriterLeftWithMoreThanAPipeUnreadIsOrphaned() {
        assertFalse(PipeBuffer.writerOrphaned(1000, 1000), "read to the end");
        assertFalse(PipeBuffer.writerOrphaned(PipeBuffer.PIPE_CAPACITY, 0), "all of it fitted in the pipe");
        assertTrue(PipeBuffer.writerOrphaned(PipeBuffer.PIPE_CAPACITY + 1, 0));
        assertTrue(PipeBuffer.writerOrphaned(588_895, 4));
        assertFalse(PipeBuffer.writerOrphaned(588_895, 588_895 - PipeBuffer.PIPE_CAPACITY));
    }
}
