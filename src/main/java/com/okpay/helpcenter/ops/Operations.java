package com.okpay.helpcenter.ops;

/** What the web layer needs to answer health probes and scrapes, and to count requests. */
public record Operations(OpsSettings settings, Metrics metrics, Health health) {
}
