package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Content;
import com.okpay.helpcenter.content.ContentLoader;
import com.okpay.helpcenter.content.MarkdownRenderer;
import com.okpay.helpcenter.testing.Fixtures;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static Content content;

    @BeforeAll
    static void load() throws Exception {
        content = new ContentLoader(new MarkdownRenderer(), false).load(Fixtures.bundledContent());
    }

    private static Article article(String locale, String key) {
        return content.articles(locale).stream().filter(a -> a.key().equals(locale + "/" + key)).findFirst().orElseThrow();
    }

    @Test
    void anEnglishArticleGivesTheSentencesOfItsSectionsNotItsSummary() {
        Article article = article("en", "faq/account-security");
        List<String> sentences = Sentences.of(article, Chunker.chunks(article));

        assertTrue(sentences.contains("If you see a transaction you don't recognise, or think someone else has access to your account:"),
                sentences.toString());
        assertTrue(sentences.stream().allMatch(s -> s.length() >= Sentences.MIN_CHARS && s.equals(s.strip())), sentences.toString());
        assertTrue(sentences.stream().noneMatch(s -> article.summary().contains(s)), "the summary is the opening chunk's");
    }

    @Test
    void chineseArticlesGetNoSentenceVectors() {
        Article article = article("zh-CN", "faq/account-security");

        assertEquals(List.of(), Sentences.of(article, Chunker.chunks(article)));
    }

    @Test
    void aLongPageGivesAtMostItsCapInReadingOrder() {
        Article article = article("en", "faq/account-security");
        String text = IntStream.range(0, 100).mapToObj(i -> "Sentence number " + i + " is long enough.").collect(Collectors.joining(" "));
        List<Chunk> chunks = List.of(new Chunk(0, null, null, "opening", "opening"), new Chunk(1, "a", "A", text, text));

        List<String> sentences = Sentences.of(article, chunks);

        assertEquals(Sentences.MAX_PER_ARTICLE, sentences.size());
        assertEquals("Sentence number 0 is long enough.", sentences.get(0));
    }
}
