package com.okpay.helpcenter.content;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looked like when it was read. Editors' tools that save by writing a temporary file
 * and renaming it give the file a new identity, so the key is compared as well as time and size.
 */
record FileStamp(Object fileKey, FileTime modified, long size) {

    static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    }
}
