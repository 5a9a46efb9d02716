package com.okpay.helpcenter.contact;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks the files sent with a message and prepares them for storing: limits and names first,
 * then each file is streamed once through its type check (magic numbers, or the plain text
 * rules) and metadata removal into a spool file, and scanned when clamd is configured. Files
 * are read in small buffers: an upload is never held in memory.
 */
final class AttachmentIntake {
    static final String TOO_MANY = "contact.error.files.tooMany";
    static final String TOO_LARGE = "contact.error.files.tooLarge";
    static final String TOTAL_TOO_LARGE = "contact.error.files.totalTooLarge";
    static final String NAME = "contact.error.files.name";
    static final String TYPE = "contact.error.files.type";
    static final String DAMAGED = "contact.error.files.damaged";
    static final String INFECTED = "contact.error.files.infected";
    static final String OFF = "contact.error.files.off";
    private static final int MAX_NAME = 255;

    private final AttachmentSettings settings;
    private final Path spool;
    private final Optional<Clamd> clamd;

    AttachmentIntake(AttachmentSettings settings, Path spool) {
        this.settings = settings;
        this.spool = spool;
        this.clamd = settings.clamd().map(Clamd::new);
    }

    /** Files ready to store, or the problems that refuse them; close it to delete the spool files. */
    record Prepared(List<Spooled> files, List<FileProblem> problems) implements AutoCloseable {
        static final Prepared NONE = new Prepared(List.of(), List.of());

        boolean refused() {
            return !problems.isEmpty();
        }

        @Override
        public void close() {
            for (Spooled file : files) {
                try {
                    Files.deleteIfExists(file.path());
                } catch (IOException e) {
                    // a spool file left behind is removed with the spool folder at the next start
                }
            }
        }
    }

    /** One checked, cleaned file waiting in the spool; {@code scan} is how clamd judged it. */
    record Spooled(String fileName, FileKind kind, Path path, long size, ScanStatus scan) {
    }

    Prepared prepare(List<Upload> uploads) throws IOException {
        if (uploads.isEmpty()) {
            return Prepared.NONE;
        }
        List<FileProblem> problems = limits(uploads);
        if (!problems.isEmpty()) {
            return new Prepared(List.of(), problems);
        }
        Files.createDirectories(spool);
        List<Spooled> files = new ArrayList<>();
        Prepared prepared = new Prepared(files, problems);
        try {
            for (Upload upload : uploads) {
                spool(upload, files, problems);
            }
            if (problems.isEmpty()) {
                scan(files, problems);
            }
        } catch (IOException | RuntimeException e) {
            prepared.close();
            throw e;
        }
        return prepared;
    }

    private List<FileProblem> limits(List<Upload> uploads) {
        List<FileProblem> problems = new ArrayList<>();
        if (!settings.enabled()) {
            problems.add(new FileProblem(null, OFF, ""));
            return problems;
        }
        if (uploads.size() > settings.maxFiles()) {
            problems.add(new FileProblem(null, TOO_MANY, Integer.toString(settings.maxFiles())));
        }
        long total = 0;
        for (Upload upload : uploads) {
            total += upload.size();
            if (!isSafeName(upload.fileName())) {
                problems.add(new FileProblem(printable(upload.fileName()), NAME, ""));
            } else if (upload.size() > settings.maxFileBytes()) {
                problems.add(new FileProblem(upload.fileName(), TOO_LARGE, Sizes.format(settings.maxFileBytes())));
            }
        }
        if (total > settings.maxTotalBytes()) {
            problems.add(new FileProblem(null, TOTAL_TOO_LARGE, Sizes.format(settings.maxTotalBytes())));
        }
        return problems;
    }

    /** No path, no control or direction-changing characters, and a length every file system takes. */
    static boolean isSafeName(String name) {
        return !name.isBlank() && name.codePointCount(0, name.length()) <= MAX_NAME
                && name.codePoints().noneMatch(cp -> cp == '/' || cp == '\\' || Character.isISOControl(cp)
                || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069 || cp == 0x2028 || cp == 0x2029)
                && !name.equals(".") && !name.equals("..");
    }

    /** The name as the error may show it: controls made visible, cut to a readable length. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(60).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
                || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069 ? '\uFFFD' : cp));
        return name.codePointCount(0, name.length()) > 60 ? out + "…" : out.toString();
    }

    private void spool(Upload upload, List<Spooled> files, List<FileProblem> problems) throws IOException {
        Path target = spool.resolve(UUID.randomUUID() + ".spool");
        try (InputStream raw = new BufferedInputStream(upload.content().open(), 64 * 1024);
             CountingOutputStream out = new CountingOutputStream(Files.newOutputStream(target))) {
            raw.mark(FileKind.HEAD);
            byte[] head = raw.readNBytes(FileKind.HEAD);
            raw.reset();
            Optional<FileKind> kind = FileKind.sniff(head, head.length);
            files.add(new Spooled(upload.fileName(), kind.orElse(FileKind.TEXT), target, 0, ScanStatus.UNSCANNED));
            boolean accepted = kind.isPresent() ? clean(kind.get(), raw, out) : copyText(raw, out);
            if (!accepted) {
                problems.add(new FileProblem(upload.fileName(), kind.isPresent() ? DAMAGED : TYPE, ""));
                return;
            }
            out.flush();
            files.set(files.size() - 1, new Spooled(upload.fileName(), kind.orElse(FileKind.TEXT), target,
                    out.count, ScanStatus.UNSCANNED));
        }
    }

    private static boolean clean(FileKind kind, InputStream in, OutputStream out) throws IOException {
        try {
            ImageCleaner.clean(kind, in, out);
            return true;
        } catch (ImageCleaner.Damaged | EOFException e) {
            return false;
        }
    }

    private static boolean copyText(InputStream in, OutputStream out) throws IOException {
        TextCheck check = new TextCheck();
        byte[] buffer = new byte[16 * 1024];
        for (int read; (read = in.read(buffer)) >= 0; ) {
            check.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return check.finish();
    }

    private void scan(List<Spooled> files, List<FileProblem> problems) {
        if (clamd.isEmpty()) {
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            Spooled file = files.get(i);
            Clamd.Verdict verdict = clamd.get().scan(file.path());
            ScanStatus status = ScanStatus.CLEAN;
            if (verdict instanceof Clamd.Verdict.Infected infected) {
                problems.add(new FileProblem(file.fileName(), INFECTED, infected.signature()));
            } else if (verdict instanceof Clamd.Verdict.Unavailable unavailable) {
                status = ScanStatus.NOT_SCANNED;
                org.slf4j.LoggerFactory.getLogger(AttachmentIntake.class)
                        .warn("clamd unavailable, accepting {} unscanned: {}", file.fileName(), unavailable.why());
            }
            files.set(i, new Spooled(file.fileName(), file.kind(), file.path(), file.size(), status));
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(new java.io.BufferedOutputStream(out, 64 * 1024));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
