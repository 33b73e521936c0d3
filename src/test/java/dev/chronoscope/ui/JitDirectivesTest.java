package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class JitDirectivesTest {

    @Test
    void theDirectivesReachTheJvmOnceAndKeepC2OffJavaFx() throws Exception {
        JitDirectives.install(); // this JVM's first call installs them; any later one does nothing
        assertFalse(JitDirectives.install());

        String printed = JitDirectives.print();
        int at = printed.indexOf("matching: com/sun/javafx/*.*, javafx/*.*");
        assertTrue(at >= 0, printed);
        String directive = printed.substring(at, printed.indexOf("Directive:", at) < 0 ? printed.length()
                : printed.indexOf("Directive:", at));
        String c1 = directive.substring(directive.indexOf("c1 directives:"), directive.indexOf("c2 directives:"));
        String c2 = directive.substring(directive.indexOf("c2 directives:"));
        assertTrue(c2.contains("Exclude:true"), directive);
        assertTrue(c1.contains("Exclude:false"), directive); // C1 still compiles it
    }

    /**
     * What the JIT does with a hot JavaFX method too big to be inlined into its callers
     * ({@code Color.web(String, double)}, 531 bytes): C1 compiles it with profiling (tier 2 or 3),
     * C2 refuses it, and C1 compiles it again without profiling (tier 1), which it only does for a
     * method C2 cannot take. Never tier 4.
     */
    @Test
    void aHotJavaFxMethodIsCompiledByC1Only() throws Exception {
        JitDirectives.install();
        List<Integer> levels = new CopyOnWriteArrayList<>();
        try (RecordingStream compilations = new RecordingStream()) {
            compilations.enable("jdk.Compilation").withThreshold(Duration.ZERO);
            compilations.onEvent("jdk.Compilation", event -> {
                if (isColorWeb(event.getValue("method"))) {
                    levels.add(event.getInt("compileLevel"));
                }
            });
            compilations.startAsync();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            double sum = 0;
            while (!levels.contains(1) && !levels.contains(4) && System.nanoTime() < deadline) {
                for (int i = 0; i < 20_000; i++) {
                    sum += Color.web(i % 2 == 0 ? "#1e90ff" : "rgb(30, 144, 255)").getRed();
                }
                Thread.sleep(5); // the stream's events arrive once a second
            }
            assertTrue(sum > 0);
        }
        assertTrue(levels.contains(1), "compiled at tiers " + levels);
        assertFalse(levels.contains(4), "compiled at tiers " + levels);
    }

    private static boolean isColorWeb(RecordedMethod method) {
        return method != null && method.getName().equals("web") && method.getType().getName().equals("javafx.scene.paint.Color")
                && method.getDescriptor().equals("(Ljava/lang/String;D)Ljavafx/scene/paint/Color;");
    }
}
