package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class StoredInOrderTest {

    @Test
    void readsWhatRandomAccessReadsInEverySegmentDeletedDocumentsIncluded() throws IOException {
        try (var directory = new ByteBuffersDirectory();
             var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 1500; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("key", "k" + segment + "-" + i, Field.Store.YES));
                    doc.add(new StoredField("version", "v".repeat(i % 70)));
                    doc.add(new StoredField("other", "not asked for " + i));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            writer.deleteDocuments(new Term("key", "k1-7"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(3, reader.leaves().size());
                for (LeafReaderContext segment : reader.leaves()) {
                    StoredFields random = segment.reader().storedFields();
                    List<String> expected = new ArrayList<>();
                    for (int doc = 0; doc < segment.reader().maxDoc(); doc++) {
                        Document fields = random.document(doc, Set.of("key", "version"));
                        expected.add(doc + " " + fields.get("key") + " " + fields.get("version") + " " + fields.get("other"));
                    }
                    List<String> inOrder = new ArrayList<>();
                    StoredInOrder.read(segment.reader(), Set.of("key", "version"), (doc, fields) ->
                            inOrder.add(doc + " " + fields.get("key") + " " + fields.get("version") + " " + fields.get("other")));
                    assertEquals(expected, inOrder);
                }
            }
        }
    }
}
