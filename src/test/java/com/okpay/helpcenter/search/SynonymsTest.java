package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private static final Path FILE = Path.of("/content/synonyms.txt");

    @Test
    void eachLineIsAGroupOfTermsSeparatedByCommas() {
        Synonyms synonyms = Synonyms.parse(FILE, """
                # comment
                退款, 退钱，退费、refund

                2FA,  two-factor ,双重验证
                """);
        assertEquals(List.of(List.of("退款", "退钱", "退费", "refund"), List.of("2FA", "two-factor", "双重验证")),
                synonyms.groups());
        assertTrue(synonyms.problems().isEmpty());
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndSkipped() {
        Synonyms synonyms = Synonyms.parse(FILE, "退款, 退钱\nlonely\nrefund => money back\n锁定, 冻结\n");
        assertEquals(2, synonyms.groups().size());
        List<String> problems = synonyms.problems().stream().map(p -> p.format(Path.of("/content"))).toList();
        assertEquals(List.of(
                "synonyms.txt:2: warning: a synonym group needs at least two terms separated by commas (line skipped)",
                "synonyms.txt:3: warning: '=>' mappings are not supported: list equivalent terms separated by commas (line skipped)"),
                problems);
        assertTrue(synonyms.problems().stream().noneMatch(ContentProblem::isError), "never stops the site");
    }

    @Test
    void aMissingFileMeansNoSynonyms() {
        Synonyms synonyms = Synonyms.read(Path.of("/no/such/synonyms.txt"));
        assertTrue(synonyms.groups().isEmpty() && synonyms.problems().isEmpty());
    }

    @Test
    void aQueryMentioningAGroupAlsoLooksForItsOtherTerms() {
        Synonyms synonyms = Synonyms.parse(FILE, "退款, 退钱, refund, money back\n锁定, 冻结\n");
        QuerySynonyms chinese = new QuerySynonyms(synonyms, Analysis.chineseWords(), true);
        assertEquals(List.of(List.of("退款", "refund", "money back")), chinese.alternatives("我要退錢"));
        assertEquals(List.of(), chinese.alternatives("密码"));
        QuerySynonyms english = new QuerySynonyms(synonyms, Analysis.english(), false);
        assertEquals(List.of(List.of("退款", "退钱", "money back")), english.alternatives("Refunds?"));
        assertEquals(List.of(List.of("退款", "退钱", "refund")), english.alternatives("I want my money back"));
    }
}
