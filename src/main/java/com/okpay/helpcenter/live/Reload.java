package com.okpay.helpcenter.live;

/**
 * One reload of the content folder: its number (1 for the first after start-up), how many articles
 * the site has afterwards, how many were read again or are new, how many disappeared, how long it
 * took from start to swap, and whether it failed (then the site kept what it had).
 */
public record Reload(long number, int articles, int changed, int removed, long millis, boolean failed) {
}
