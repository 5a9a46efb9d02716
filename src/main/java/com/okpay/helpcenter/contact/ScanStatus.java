package com.okpay.helpcenter.contact;

/** How far an attachment was checked for viruses, as stored and shown to support. */
enum ScanStatus {
    /** No clamd is configured. */
    UNSCANNED("unscanned"),
    /** clamd found nothing. */
    CLEAN("clean"),
    /** clamd is configured but could not be asked: support is told the file was not scanned. */
    NOT_SCANNED("not-scanned"),
    /** Not kept: the store of attachments was full (the message itself was accepted). */
    NOT_KEPT("not-kept");

    private final String column;

    ScanStatus(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    static ScanStatus of(String column) {
        for (ScanStatus status : values()) {
            if (status.column.equals(column)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown attachment status " + column);
    }
}
