package com.okpay.helpcenter.ops;

import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Work that must be done when SIGTERM or SIGINT arrives, before the JVM's shutdown hooks start.
 * The hooks run all at once, libraries' among them: ONNX Runtime's releases its native environment
 * at once, while a model run of ours may still be inside it. So the stop runs here first, then the
 * JVM's own handler goes on as before (the hooks, exit status 143 or 130).
 */
public final class StopSignals {
    private StopSignals() {
    }

    public static void first(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler[] jvm = new SignalHandler[1];
                jvm[0] = Signal.handle(signal, received -> {
                    stop.run();
                    if (jvm[0] != null) {
                        jvm[0].handle(received);
                    } else { // arrived while this was being installed: exit as the JVM's handler does
                        System.exit(128 + received.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal for itself here (-Xrs, or a platform without it): its hooks still stop the server
            }
        }
    }
}
