package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class WrittenCaseFilterTest {

    @Test
    void latinWordsComeOutAsWrittenAndChineseOnesAsSegmented() throws IOException {
        assertEquals(List.of("用", "onChanged", "事件", "监听", "HTMLLabelElement"), tokens("用 onChanged 事件监听 HTMLLabelElement"));
    }

    @Test
    void theTextOfEachUseIsItsOwn() throws IOException {
        Tokenizer source = new HMMChineseTokenizer();
        WrittenCaseFilter filter = new WrittenCaseFilter(source);
        assertEquals(List.of("KeyCode"), tokens(source, filter, "KeyCode"));
        assertEquals(List.of("ab"), tokens(source, filter, "ab"));
        assertEquals(List.of("XY", "键"), tokens(source, filter, "XY键"));
    }

    private static List<String> tokens(String text) throws IOException {
        Tokenizer source = new HMMChineseTokenizer();
        return tokens(source, new WrittenCaseFilter(source), text);
    }

    private static List<String> tokens(Tokenizer source, WrittenCaseFilter filter, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        source.setReader(filter.read(new StringReader(text)));
        CharTermAttribute term = filter.getAttribute(CharTermAttribute.class);
        filter.reset();
        while (filter.incrementToken()) {
            tokens.add(term.toString());
        }
        filter.end();
        filter.close();
        return tokens;
    }
}
