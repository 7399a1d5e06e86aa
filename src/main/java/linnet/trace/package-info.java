/**
 * linnet trace: the consumer of the kernel's tracepoints ({@link linnet.kernel.core.SkbTracer}).
 * {@link linnet.trace.Recorder} numbers packets on first sight and keeps each one's typed steps
 * (Batfish's steps ending in a disposition), {@link linnet.trace.Explain} names the cause of what
 * happened in one plain line, {@link linnet.trace.Report} prints it all as text or JSON. It reads
 * the kernel's state (a device's flags, a port's bridge, a table's chains) only to word its
 * explanation; it changes nothing.
 */
package linnet.trace;
