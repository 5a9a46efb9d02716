package com.okpay.helpcenter.content;

public record SocialLink(String name, String url) {
}
