package com.okpay.helpcenter.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void ourLinesAtInfoTheAccessLogApartAndNoisyLibrariesQuieter() {
        LoggerContext context = new LoggerContext();
        new LogSetup().configure(context);
        assertEquals(Level.INFO, context.getLogger("com.okpay.helpcenter.App").getEffectiveLevel());
        assertFalse(context.getLogger("access").isAdditive(), "access lines go to their own appender only");
        assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel());
        // "Failed to detect GPU count" on every machine without CUDA, twice per start
        assertEquals(Level.ERROR, context.getLogger("ai.djl.util.cuda.CudaUtils").getEffectiveLevel());
    }
}
