package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * smartcn's two dictionaries (the words, {@code coredict.mem}, and the word pairs,
 * {@code bigramdict.mem}; 6 MB of Java-serialized arrays in its jar), read with
 * {@link SerializedArrays} and handed to smartcn before its segmenter first asks for them. smartcn
 * reads them with {@code ObjectInputStream}, value by value: a quarter of a second of the first
 * start's critical path (the first Chinese title waits for it), and the biggest single item of C2's
 * work at that start. Same files, same arrays (a test compares them); if anything here fails,
 * smartcn reads them its own way as before.
 */
final class SmartcnDictionaries {
    private static final Logger log = LoggerFactory.getLogger(SmartcnDictionaries.class);
    private static final String PACKAGE = "org.apache.lucene.analysis.cn.smart.hhmm.";

    private SmartcnDictionaries() {
    }

    /** Installs both dictionaries, once per JVM; a no-op after the first call or once smartcn has its own. */
    static void load() {
        Once.DONE.hashCode();
    }

    /** Class initialisation runs the loading exactly once, whichever thread comes first. */
    private static final class Once {
        static final Boolean DONE = install();
    }

    private static Boolean install() {
        try {
            List<Object> words = read("coredict.mem");
            List<Object> pairs = read("bigramdict.mem");
            install("WordDictionary", words, "wordIndexTable", "charIndexTable", "wordItem_charArrayTable",
                    "wordItem_frequencyTable");
            install("BigramDictionary", pairs, "bigramHashTable", "frequencyTable");
            return true;
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            log.debug("smartcn reads its dictionaries itself: {}", e.toString());
            return false;
        }
    }

    static List<Object> read(String resource) throws IOException, ClassNotFoundException {
        Class<?> owner = Class.forName(PACKAGE + "WordDictionary");
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not found");
            }
            return SerializedArrays.read(in);
        }
    }

    /** Sets the fields of a new instance and makes it the singleton, unless smartcn already has one. */
    private static void install(String className, List<Object> values, String... fields) throws ReflectiveOperationException {
        if (values.size() != fields.length) {
            throw new IllegalStateException(className + ": " + values.size() + " arrays for " + fields.length + " fields");
        }
        Class<?> type = Class.forName(PACKAGE + className);
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object dictionary = constructor.newInstance();
        for (int i = 0; i < fields.length; i++) {
            Field field = type.getDeclaredField(fields[i]);
            field.setAccessible(true);
            field.set(dictionary, values.get(i)); // a wrong type throws, and smartcn loads its own
        }
        Field single = type.getDeclaredField("singleInstance");
        single.setAccessible(true);
        // getInstance() is static synchronized: the same lock keeps a half-installed one from being seen
        synchronized (type) {
            if (single.get(null) == null) {
                single.set(null, dictionary);
            }
        }
    }
}
