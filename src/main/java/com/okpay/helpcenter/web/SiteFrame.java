package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.SocialLink;
import java.util.List;

/**
 * What every page of one locale shows around its own content: the site's name, its navigation
 * and how to reach support. The same for all pages of the locale in one content version.
 */
public record SiteFrame(String locale, String title, String description, List<Category> categories,
                        String homeUrl, String searchUrl, String contactUrl, Support support, boolean drafts) {

    public SiteFrame {
        categories = List.copyOf(categories);
    }

    /** The footer's ways to reach support, in the page's language. */
    public record Support(String email, String phone, String hours, List<SocialLink> social) {

        public Support {
            social = List.copyOf(social);
        }

        public String phoneHref() {
            return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
        }
    }
}
