package com.okpay.helpcenter.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of a {@link ParsedArticle} that stay on the heap (front matter, headings) and
 * its links as bytes for the article cache, and reads them back. Link targets are kept relative
 * to the content folder, so a moved folder still resolves them.
 */
final class ArticleCodec {
    private static final long NO_DATE = Long.MIN_VALUE;

    private ArticleCodec() {
    }

    static byte[] meta(ParsedArticle article) {
        return write(out -> {
            string(out, article.title());
            string(out, article.summary());
            strings(out, article.tags());
            out.writeInt(article.order());
            out.writeLong(article.updated() == null ? NO_DATE : article.updated().toEpochDay());
            out.writeBoolean(article.draft());
            strings(out, article.aliases());
            string(out, article.translationKey());
            string(out, article.type());
            out.writeInt(article.headings().size());
            for (Heading heading : article.headings()) {
                out.writeInt(heading.level());
                string(out, heading.id());
                string(out, heading.text());
            }
        });
    }

    static ParsedArticle meta(byte[] bytes, ArticleBody body) {
        return read(bytes, in -> {
            String title = string(in);
            String summary = string(in);
            List<String> tags = strings(in);
            int order = in.readInt();
            long day = in.readLong();
            boolean draft = in.readBoolean();
            List<String> aliases = strings(in);
            String translationKey = string(in);
            String type = string(in);
            List<Heading> headings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                headings.add(new Heading(in.readInt(), string(in), string(in)));
            }
            return new ParsedArticle(title, summary, tags, order, day == NO_DATE ? null : LocalDate.ofEpochDay(day),
                    draft, aliases, translationKey, type, headings, body);
        });
    }

    static byte[] links(List<LocalLink> links, Path root) {
        return write(out -> {
            out.writeInt(links.size());
            for (LocalLink link : links) {
                string(out, link.written());
                string(out, root.relativize(link.target()).toString());
                string(out, link.anchor());
                out.writeBoolean(link.image());
            }
        });
    }

    static List<LocalLink> links(byte[] bytes, Path root) {
        return read(bytes, in -> {
            List<LocalLink> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                links.add(new LocalLink(string(in), root.resolve(string(in)).normalize(), string(in), in.readBoolean()));
            }
            return links;
        });
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reading<T> reading) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return reading.from(in);
        } catch (IOException e) {
            // the record's checksum matched, so only a bug in this class gets here
            throw new UncheckedIOException("a cached article record does not decode", e);
        }
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            values.add(string(in));
        }
        return values;
    }
}
