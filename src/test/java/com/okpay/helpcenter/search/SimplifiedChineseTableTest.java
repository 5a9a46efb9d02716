package com.okpay.helpcenter.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The folding table shipped as a resource is exactly what ICU computes (after an ICU upgrade too). */
class SimplifiedChineseTableTest {
    private static final Path SOURCE = Path.of("src/main/resources/com/okpay/helpcenter/search",
            SimplifiedChineseFilter.RESOURCE);

    @Test
    void theShippedTableIsIcusTraditionalToSimplifiedFolding() throws IOException {
        try (InputStream in = SimplifiedChineseFilter.class.getResourceAsStream(SimplifiedChineseFilter.RESOURCE)) {
            assertArrayEquals(SimplifiedChineseFilter.compute(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_16BE).toCharArray(),
                    "the table is out of date: run this class's main() to write it again");
        }
    }

    /** Writes the table into the source tree. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(SOURCE.getParent());
        Files.write(SOURCE, new String(SimplifiedChineseFilter.compute()).getBytes(StandardCharsets.UTF_16BE));
    }
}
