package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** What a results page marks: words, phrases, near spellings and beginnings of words, and nothing else. */
class MarkerTest {
    private static Query term(String text) {
        return new TermQuery(new Term(Highlights.FIELD, text));
    }

    private static Highlights english(Query... queries) {
        return new Highlights(Analysis.english(), List.of(queries));
    }

    @Test
    void wordsAreMarkedInTheirStemmedFormsAndEverythingElseIsEncoded() {
        assertEquals("<mark>Refunds</mark> &amp; <mark>refunding</mark> &lt;now&gt;", english(term("refund")).title("Refunds & refunding <now>"));
        assertEquals("Nothing here", english(term("refund")).title("Nothing here"));
    }

    @Test
    void aPhraseIsOneMarkAndItsWordsAloneAreNot() {
        PhraseQuery phrase = new PhraseQuery(Highlights.FIELD, "live", "chat");
        assertEquals("Use <mark>live chat</mark>, not a chat bot that is live",
                english(phrase).title("Use live chat, not a chat bot that is live"));
    }

    @Test
    void aChineseWordIsMarkedWhereItsCharactersFollowEachOther() {
        Highlights chinese = new Highlights(Analysis.characters(), List.of(term("锁定")));
        assertEquals("账户被<mark>锁定</mark>，锁和定不算", chinese.title("账户被锁定，锁和定不算"));
    }

    @Test
    void nearSpellingsAndBeginningsAreMarked() {
        Highlights loose = english(new FuzzyQuery(new Term(Highlights.FIELD, "pasword"), 1, 1),
                new PrefixQuery(new Term(Highlights.FIELD, "acc")));
        assertEquals("Reset the <mark>password</mark> of your <mark>account</mark>", loose.title("Reset the password of your account"));
        assertEquals("No <mark>passwords</mark>", english(new FuzzyQuery(new Term(Highlights.FIELD, "paswords"), 2, 1)).title("No passwords"));
    }

    @Test
    void aSnippetIsTheFragmentWithTheMostMatchedWordsAndNeverCutsAMark() {
        String filler = "Nothing to see in this sentence at all. ".repeat(5);
        String body = filler + "Here the refund and the chargeback both appear in one place. " + filler;
        String snippet = english(term("refund"), term("chargeback")).snippet("", body);
        assertTrue(snippet.contains("<mark>refund</mark>") && snippet.contains("<mark>chargeback</mark>"), snippet);
        assertTrue(snippet.length() < 260, "a fragment, not the whole window: " + snippet);
        assertFalse(snippet.contains("<mark></mark>"));
    }

    @Test
    void theBodyIsReadOnlyWhenTheSummaryDidNotMatch() {
        Highlights refund = english(term("refund"));
        assertEquals("How to <mark>refund</mark>", refund.snippet("How to refund", () -> {
            throw new AssertionError("the body was read");
        }));
        int[] reads = {0};
        assertEquals("The <mark>refund</mark> page", refund.snippet("Nothing", () -> {
            reads[0]++;
            return "The refund page";
        }));
        assertEquals(1, reads[0]);
    }

    @Test
    void noQueryPartsMeansNothingMarked() {
        Marker nothing = new Marker(Analysis.english(), Highlights.FIELD, List.of());
        assertTrue(nothing.isEmpty());
        assertTrue(nothing.find("some text").spans().isEmpty());
        assertEquals("some &amp; text", english().title("some & text"));
    }
}
