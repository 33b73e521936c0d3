package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitDirectivesTest {

    @Test
    void theDirectivesReachTheJvmOnceAndKeepC2OffTheCssTransitions() throws Exception {
        JitDirectives.install(); // this JVM's first call installs them; any later one does nothing
        assertFalse(JitDirectives.install());

        String printed = JitDirectives.print();
        int at = printed.indexOf("matching: javafx/scene/CssStyleHelper.transitionToState");
        assertTrue(at >= 0, printed);
        String directive = printed.substring(at, printed.indexOf("Directive:", at) < 0 ? printed.length()
                : printed.indexOf("Directive:", at));
        String c1 = directive.substring(directive.indexOf("c1 directives:"), directive.indexOf("c2 directives:"));
        String c2 = directive.substring(directive.indexOf("c2 directives:"));
        assertTrue(c2.contains("Exclude:true"), directive);
        assertTrue(c1.contains("Exclude:false"), directive); // C1 still compiles it
    }
}
