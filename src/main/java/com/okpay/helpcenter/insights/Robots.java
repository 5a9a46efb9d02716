package com.okpay.helpcenter.insights;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells crawlers, monitors and scripts from browsers by their User-Agent header, so they do not
 * count as readers. The header is only looked at, never kept.
 */
public final class Robots {
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|scrap|fetch|preview|monitor|uptime|pingdom|headless|phantom|lighthouse"
                    + "|curl|wget|httpie|python|java/|java-http|okhttp|go-http|node-fetch|axios|libwww|perl|ruby"
                    + "|php|apache-httpclient|postman|insomnia|feed|rss|facebookexternalhit|whatsapp|telegram"
                    + "|bingpreview|yandex|baidu|sogou|360spider|bytespider|petal|semrush|ahrefs|mj12|dotbot");

    private Robots() {
    }

    /** True for a missing header, a known robot or script, or anything that is not a browser. */
    public static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || !userAgent.startsWith("Mozilla/")) {
            return true;
        }
        return ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
