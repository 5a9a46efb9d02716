package com.okpay.helpcenter.insights;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells crawlers, monitors and scripts from browsers by their User-Agent header, so they do not
 * count as readers. The header is only looked at, never kept. Most visitors send one of a few
 * hundred headers, so answers are remembered (up to {@value #REMEMBERED} headers and
 * {@value #REMEMBERED_CHARS} characters together): the pattern costs microseconds, a look-up
 * nanoseconds. A header longer than {@value #LONGEST} characters is no browser's: it counts as a
 * robot without being matched or remembered, so huge made-up headers cost neither memory nor time.
 */
public final class Robots {
    private static final int REMEMBERED = 2048;
    static final int REMEMBERED_CHARS = 256 * 1024;
    static final int LONGEST = 1024;
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|scrap|fetch|preview|monitor|uptime|pingdom|headless|phantom|lighthouse"
                    + "|curl|wget|httpie|python|java/|java-http|okhttp|go-http|node-fetch|axios|libwww|perl|ruby"
                    + "|php|apache-httpclient|postman|insomnia|feed|rss|facebookexternalhit|whatsapp|telegram"
                    + "|bingpreview|yandex|baidu|sogou|360spider|bytespider|petal|semrush|ahrefs|mj12|dotbot");

    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private long rememberedChars;

    /** True for a missing header, a known robot or script, or anything that is not a browser. */
    public boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || !userAgent.startsWith("Mozilla/") || userAgent.length() > LONGEST) {
            return true;
        }
        Boolean known = answers.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean robot = ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
        remember(userAgent, robot);
        return robot;
    }

    private synchronized void remember(String userAgent, boolean robot) {
        if (answers.size() >= REMEMBERED || rememberedChars + userAgent.length() > REMEMBERED_CHARS) {
            answers.clear();
            rememberedChars = 0;
        }
        if (answers.put(userAgent, robot) == null) {
            rememberedChars += userAgent.length();
        }
    }

    /** Characters of the headers remembered now (tests check the bound). */
    synchronized long rememberedChars() {
        return rememberedChars;
    }
}
