package com.okpay.helpcenter.seo;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the questions of a {@code type: faq} article: each h2 is a question and everything up to
 * the next h2 its answer. Links become absolute, since the answer is read outside our pages.
 */
final class FaqEntries {
    record Entry(String question, String answerHtml) {
    }

    private FaqEntries() {
    }

    static List<Entry> of(String articleHtml, String baseUrl) {
        Document doc = PortableHtml.of(articleHtml, baseUrl);
        List<Entry> entries = new ArrayList<>();
        String question = null;
        StringBuilder answer = new StringBuilder();
        for (Element element : doc.body().children()) {
            if (element.tagName().equals("h2")) {
                add(entries, question, answer);
                question = element.text();
                answer.setLength(0);
            } else if (question != null) {
                answer.append(element.outerHtml());
            }
        }
        add(entries, question, answer);
        return entries;
    }

    private static void add(List<Entry> entries, String question, StringBuilder answer) {
        if (question != null && !question.isBlank() && !answer.toString().isBlank()) {
            entries.add(new Entry(question, answer.toString().strip()));
        }
    }
}
