package com.okpay.helpcenter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The headers every answer meant for a browser carries: no sniffing, no framing, a strict content
 * security policy, and HSTS when the public address is https. Encoded once, since they are the
 * same on every response.
 */
final class PageHeaders {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** The public address is https: browsers should never try plain http again (a year, as is usual). */
    private static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final List<PreEncodedHttpField> fields = new ArrayList<>();

    PageHeaders(boolean httpsSite) {
        fields.add(new PreEncodedHttpField("X-Content-Type-Options", "nosniff"));
        fields.add(new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin"));
        fields.add(new PreEncodedHttpField("X-Frame-Options", "DENY"));
        fields.add(new PreEncodedHttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY));
        if (httpsSite) {
            fields.add(new PreEncodedHttpField("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY));
        }
    }

    /** Machines, not browsers, read health checks and metrics: no page headers for them. */
    static boolean forBrowsers(String path) {
        return !path.startsWith("/health") && !path.equals("/metrics");
    }

    void addTo(HttpServletResponse response) {
        for (PreEncodedHttpField field : fields) {
            response.setHeader(field.getName(), field.getValue());
        }
    }

    void addTo(HttpFields.Mutable headers) {
        for (PreEncodedHttpField field : fields) {
            headers.put(field);
        }
    }
}
