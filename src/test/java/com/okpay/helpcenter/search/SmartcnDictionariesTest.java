package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SmartcnDictionariesTest {
    @ParameterizedTest
    @ValueSource(strings = {"coredict.mem", "bigramdict.mem"})
    void readsSmartcnsDictionariesAsObjectInputStreamDoes(String resource) throws Exception {
        List<Object> ours = SmartcnDictionaries.read(resource);
        List<Object> theirs = new ArrayList<>();
        try (InputStream in = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary")
                .getResourceAsStream(resource); ObjectInputStream objects = new ObjectInputStream(in)) {
            while (theirs.size() < ours.size()) {
                theirs.add(objects.readObject());
            }
            assertEquals(-1, objects.read(), "nothing left over");
        }
        assertArrayEquals(theirs.toArray(), ours.toArray(), "the same arrays, deeply");
    }

    @Test
    void nestedArraysNullsAndSharedArraysComeBackAsWritten() throws IOException {
        char[] shared = {'a', 'b'};
        char[][][] words = {{shared, null, {'c'}}, null, {shared}};
        int[][] frequencies = {{1, 2, 3}, {}, null};
        List<Object> read = SerializedArrays.read(new ByteArrayInputStream(serialized(new short[] {7, -1}, words,
                frequencies, new long[] {Long.MIN_VALUE, 42}, new byte[] {1})));
        assertArrayEquals(new Object[] {new short[] {7, -1}, words, frequencies, new long[] {Long.MIN_VALUE, 42},
                new byte[] {1}}, read.toArray());
        char[][][] back = (char[][][]) read.get(1);
        assertEquals(back[0][0], back[2][0], "one array written twice is one array read back");
    }

    @Test
    void anythingButPrimitiveArraysIsRefused() {
        assertThrows(StreamCorruptedException.class,
                () -> SerializedArrays.read(new ByteArrayInputStream(serialized("a string", new int[] {1}))));
        assertThrows(StreamCorruptedException.class,
                () -> SerializedArrays.read(new ByteArrayInputStream(serialized(new String[] {"words"}))));
        assertThrows(StreamCorruptedException.class,
                () -> SerializedArrays.read(new ByteArrayInputStream(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x75})));
        assertThrows(StreamCorruptedException.class, () -> SerializedArrays.read(new ByteArrayInputStream(new byte[] {1, 2})));
    }

    @Test
    void theSegmenterCutsAsItDoesWithItsOwnLoading() throws IOException {
        SmartcnDictionaries.load();
        // what smartcn gives with its own loading (a JVM of its own: the dictionaries are singletons)
        assertEquals(List.of("如何", "修改", "账户", "密码", "退款", "多久", "到", "账"),
                terms(new SmartChineseAnalyzer(), "如何修改账户密码？退款多久到账"));
    }

    @Test
    void preloadingIsOnlyAHeadStartWhateverTheFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path content)
            throws IOException {
        try (SearchIndexer indexer = new SearchIndexer()) {
            indexer.preload(content.resolve("not-there"));
            java.nio.file.Files.createDirectories(content.resolve("en"));
            indexer.preload(content);
            java.nio.file.Files.createDirectories(content.resolve("zh-CN"));
            indexer.preload(content);
        }
        assertEquals(List.of("退款"), terms(new SmartChineseAnalyzer(), "退款"));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static byte[] serialized(Object... objects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
