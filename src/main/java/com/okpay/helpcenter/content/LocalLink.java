package com.okpay.helpcenter.content;

import java.nio.file.Path;

/**
 * A link or image in an article that points into the content folder. {@code target} is the
 * file it names (normalized, possibly missing), {@code anchor} the part after '#', or empty.
 */
public record LocalLink(String written, Path target, String anchor, boolean image) {
}
