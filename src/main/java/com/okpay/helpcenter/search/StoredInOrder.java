package com.okpay.helpcenter.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * Reads a few stored fields of every document of a segment, in document order. Asked for one
 * document at a time, Lucene decompresses that document's block again for each of them: reading the
 * keys and versions of 12 000 articles so took most of a restart's index phase. The merge instance
 * keeps the block it decompressed last (merging and CheckIndex read so), ten times cheaper here.
 */
final class StoredInOrder {
    interface Visit {
        void document(int doc, Document fields) throws IOException;
    }

    private StoredInOrder() {
    }

    static void read(LeafReader reader, Set<String> fields, Visit visit) throws IOException {
        StoredFields stored = reader instanceof CodecReader codec
                ? codec.getFieldsReader().getMergeInstance() : reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
            stored.document(doc, visitor);
            visit.document(doc, visitor.getDocument());
        }
    }
}
