/**
 * Wire formats: header views as static accessors over {@code (byte[] b, int off)} plus small
 * {@code *Repr} records for parse/emit in control paths.
 *
 * <p>Accessors never allocate and never bounds-check beyond what the JVM does, because they sit
 * on the per-packet path; callers validate lengths once (the {@code Repr.parse} methods do it for
 * control paths and throw {@link linnet.wire.WireException}). All multi-byte fields are in network
 * byte order. Addresses are primitives: a MAC is the low 48 bits of a {@code long}, an IPv4
 * address is an {@code int} (first octet in the top byte). This package depends on nothing
 * outside {@code java.*} so every other layer can use it.
 */
package linnet.wire;
