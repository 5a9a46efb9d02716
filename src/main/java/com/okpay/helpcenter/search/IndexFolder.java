package com.okpay.helpcenter.search;

import com.okpay.helpcenter.content.BuildStamp;
import com.okpay.helpcenter.files.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one locale's search index lives between runs: a memory-mapped Lucene folder under the
 * cache folder. Opening it checks every file's checksum and which code built it; an index that
 * is damaged or was built by another version of the analysis is thrown away and rebuilt, never
 * searched.
 */
final class IndexFolder {
    private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);
    private static final String STAMP = "stamp";

    private IndexFolder() {
    }

    /** A directory and the version of each article its last commit holds, by key (empty: start afresh). */
    record Opened(Directory directory, Map<String, String> versions) {
        static Opened empty(Directory directory) {
            return new Opened(directory, Map.of());
        }
    }

    /** What each commit records, so a later run can tell whether it may continue from it. */
    static Map<String, String> commitData() {
        return Map.of(STAMP, BuildStamp.current());
    }

    static Opened open(Path folder) throws IOException {
        Files.createDirectories(folder);
        MMapDirectory directory = new MMapDirectory(folder);
        try {
            return new Opened(directory, versions(directory));
        } catch (IOException | RuntimeException e) {
            log.warn("search index {} is damaged ({}); rebuilding it", folder, e.toString());
            directory.close();
            wipe(folder);
            Files.createDirectories(folder);
            return Opened.empty(new MMapDirectory(folder));
        }
    }

    private static Map<String, String> versions(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        Map<String, String> versions = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (!BuildStamp.current().equals(reader.getIndexCommit().getUserData().get(STAMP))) {
                return Map.of();
            }
            for (LeafReaderContext segment : reader.leaves()) {
                LeafReader leaf = segment.reader();
                leaf.checkIntegrity();
                Bits live = leaf.getLiveDocs();
                StoredInOrder.read(leaf, Set.of(ArticleDocument.KEY, LocaleIndexWriter.VERSION), (doc, fields) -> {
                    if (live == null || live.get(doc)) {
                        versions.put(fields.get(ArticleDocument.KEY), String.valueOf(fields.get(LocaleIndexWriter.VERSION)));
                    }
                });
            }
        }
        return versions;
    }

    /** Deletes a folder and what it holds (an index of a locale the site no longer has, or a damaged one). */
    static void wipe(Path folder) throws IOException {
        Folders.delete(folder);
    }
}
