package com.okpay.helpcenter.config;

/** A setting that cannot work; its message is one line telling the operator what to change. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
