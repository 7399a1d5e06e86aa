package linnet.fuzz;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * Lets Jazzer 0.24's coverage instrumentation see linnet's classes under JDK 25. Its bundled ASM
 * reads class files up to major version 67 (Java 23) and leaves newer ones uninstrumented ("Failed
 * to instrument ...: Unsupported class file major version 69"), which would make a campaign blind.
 * Java 24/25 class files add no structure over 23's (only preview features, which linnet does not
 * use), so a transformer that runs before Jazzer's (a retransform-incapable one always does) lowers
 * the version of linnet's classes to 67 as they load. Only in a campaign (JAZZER_FUZZ set): the
 * regression runs in ./test install no instrumentation at all (jazzer.hooks=false in the pom).
 */
final class Jdk25Coverage {
    private static final int MAX_ASM_MAJOR = 67;
    private static boolean installed;

    private Jdk25Coverage() {}

    static synchronized void install() {
        if (installed || !Fuzz.campaign()) return;
        installed = true;
        Instrumentation inst;
        try {
            inst = (Instrumentation) Class.forName("com.code_intelligence.jazzer.third_party.net.bytebuddy.agent.ByteBuddyAgent")
                    .getMethod("install").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("fuzz: no instrumentation for JDK 25 class files: " + e);
            return;
        }
        inst.addTransformer(new ClassFileTransformer() {
            @Override
            public byte[] transform(Module module, ClassLoader loader, String name, Class<?> cls, ProtectionDomain pd, byte[] b) {
                if (name == null || !name.startsWith("linnet/") || b.length < 8) return null;
                int major = (b[6] & 0xff) << 8 | (b[7] & 0xff);
                if (major <= MAX_ASM_MAJOR) return null;
                byte[] c = b.clone();
                c[6] = (byte) (MAX_ASM_MAJOR >> 8);
                c[7] = (byte) MAX_ASM_MAJOR;
                return c;
            }
        }, false);
    }
}
