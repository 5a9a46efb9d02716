package com.okpay.helpcenter.contact;

import com.okpay.helpcenter.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The attachments of contact messages in the database, in chunks: written inside the message's
 * own transaction (so a message is never accepted without its files) and read back one chunk at a
 * time while the mail is being written to the SMTP connection.
 */
final class AttachmentStore {
    static final int CHUNK = 256 * 1024;

    /** An attachment as stored; {@code status} says whether it was scanned, or not kept at all. */
    record Stored(String reference, int fileNo, String fileName, String mediaType, long size, ScanStatus status) {
    }

    private final Database database;
    private final long storeLimit;

    AttachmentStore(Database database, long storeLimit) {
        this.database = database;
        this.storeLimit = storeLimit;
    }

    /**
     * Stores the files of {@code reference} on {@code connection} (the message's transaction).
     * When the attachment store would grow past its limit, the files are listed as not kept and
     * their bytes are dropped: the message itself is always taken.
     */
    void insert(Connection connection, String reference, List<AttachmentIntake.Spooled> files) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        long incoming = files.stream().mapToLong(AttachmentIntake.Spooled::size).sum();
        boolean keep = stored(connection) + incoming <= storeLimit;
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO contact_attachment (reference, file_no, "
                + "file_name, media_type, size, status) VALUES (?,?,?,?,?,?)");
             PreparedStatement chunk = connection.prepareStatement("INSERT INTO contact_attachment_chunk (reference, "
                     + "file_no, chunk_no, data) VALUES (?,?,?,?)")) {
            for (int i = 0; i < files.size(); i++) {
                AttachmentIntake.Spooled file = files.get(i);
                row.setString(1, reference);
                row.setInt(2, i + 1);
                row.setString(3, file.fileName());
                row.setString(4, file.kind().mediaType());
                row.setLong(5, file.size());
                row.setString(6, (keep ? file.scan() : ScanStatus.NOT_KEPT).column());
                row.executeUpdate();
                if (keep) {
                    chunks(chunk, reference, i + 1, file);
                }
            }
        }
    }

    private static void chunks(PreparedStatement chunk, String reference, int fileNo, AttachmentIntake.Spooled file)
            throws SQLException {
        try (InputStream in = java.nio.file.Files.newInputStream(file.path())) {
            int chunkNo = 0;
            for (byte[] data = in.readNBytes(CHUNK); data.length > 0; data = in.readNBytes(CHUNK)) {
                chunk.setString(1, reference);
                chunk.setInt(2, fileNo);
                chunk.setInt(3, ++chunkNo);
                chunk.setBytes(4, data);
                chunk.executeUpdate();
            }
        } catch (IOException e) {
            throw new SQLException("cannot read the spooled attachment " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private static long stored(Connection connection) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement(
                "SELECT COALESCE(SUM(size), 0) FROM contact_attachment WHERE status <> 'not-kept'");
             ResultSet row = sum.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    List<Stored> list(String reference) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT file_no, file_name, media_type, size, status "
                     + "FROM contact_attachment WHERE reference = ? ORDER BY file_no")) {
            select.setString(1, reference);
            List<Stored> stored = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(new Stored(reference, rows.getInt(1), rows.getString(2), rows.getString(3),
                            rows.getLong(4), ScanStatus.of(rows.getString(5))));
                }
            }
            return stored;
        }
    }

    /** The file's bytes, fetched one chunk at a time as they are read. */
    InputStream open(Stored file) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int at;
            private int chunkNo;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (at == chunk.length) {
                    if (done || !next()) {
                        done = true;
                        return -1;
                    }
                }
                int n = Math.min(length, chunk.length - at);
                System.arraycopy(chunk, at, buffer, offset, n);
                at += n;
                return n;
            }

            private boolean next() throws IOException {
                try (Connection connection = database.dataSource().getConnection();
                     PreparedStatement select = connection.prepareStatement("SELECT data FROM contact_attachment_chunk "
                             + "WHERE reference = ? AND file_no = ? AND chunk_no = ?")) {
                    select.setString(1, file.reference());
                    select.setInt(2, file.fileNo());
                    select.setInt(3, chunkNo + 1);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            return false;
                        }
                        chunk = row.getBytes(1);
                        at = 0;
                        chunkNo++;
                        return true;
                    }
                } catch (SQLException e) {
                    throw new IOException("cannot read attachment " + file.fileNo() + " of " + file.reference(), e);
                }
            }
        };
    }

    /** Deletes the attachments of these messages (inside the caller's transaction); returns how many files. */
    static int delete(Connection connection, List<String> references) throws SQLException {
        int files = 0;
        try (PreparedStatement chunks = connection.prepareStatement("DELETE FROM contact_attachment_chunk WHERE reference = ?");
             PreparedStatement rows = connection.prepareStatement("DELETE FROM contact_attachment WHERE reference = ?")) {
            for (String reference : references) {
                chunks.setString(1, reference);
                chunks.executeUpdate();
                rows.setString(1, reference);
                files += rows.executeUpdate();
            }
        }
        return files;
    }
}
