package com.okpay.helpcenter.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Texts looked up once and patterns parsed once give what a fresh look-up gave, however often asked. */
class MessagesTest {
    private final Messages messages = new Messages();

    @Test
    void aTextWithoutArgumentsIsAsWrittenAndOneWithArgumentsIsFormatted() {
        Locale en = Messages.locale("en");
        assertEquals("Didn't find your answer?", messages.get(en, "search.contact.heading"));
        assertEquals("1 result for \u201crefund\u201d", messages.get(en, "search.count", 1, "refund"));
        assertEquals("1,234 results for \u201crefund\u201d", messages.get(en, "search.count", 1234, "refund"));
        assertEquals("找到 1,234 条与\u201c退款\u201d相关的结果", messages.get(Messages.locale("zh-CN"), "search.count", 1234, "退款"));
        assertEquals("??no.such.key??", messages.get(en, "no.such.key"));
        assertEquals("??no.such.key??", messages.get(en, "no.such.key", 1));
    }

    @Test
    void threadsFormattingTheSameTextAtOnceEachGetTheirOwnAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = IntStream.range(0, 2000).mapToObj(i -> pool.submit(() ->
                    messages.get(Messages.locale("en"), "search.count", i + 2, "q" + i)
                            .equals(String.format(Locale.ENGLISH, "%,d results for \u201cq%d\u201d", i + 2, i)))).toList();
            for (Future<Boolean> answer : answers) {
                assertEquals(true, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
