package com.okpay.helpcenter.content;

import java.util.List;

/** How customers reach the support team, shown in every page footer. */
public record Support(String email, String phone, LocalizedText hours, List<SocialLink> social) {

    public Support {
        social = List.copyOf(social);
    }
}
