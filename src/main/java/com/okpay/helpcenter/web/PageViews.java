package com.okpay.helpcenter.web;

import com.okpay.helpcenter.content.Article;
import com.okpay.helpcenter.content.Category;
import com.okpay.helpcenter.content.Heading;
import java.util.List;

/**
 * What each kind of page shows besides the layout, one small record per kind. {@link Pages} hands
 * a record's components to its template under their own names ({@code article}, {@code toc}...).
 */
final class PageViews {
    private PageViews() {
    }

    /** The home page: a few articles of every category. */
    record Home(List<Article> featured) {
    }

    /** A category and its articles. */
    record CategoryPage(Category category) {
    }

    /**
     * An article with its way around: translations, table of contents (empty for short articles),
     * related articles, its neighbours in the category, the contact link and the feedback box.
     */
    record ArticlePage(Article article, Category category, List<Link> translations, List<Heading> toc,
                       List<Article> related, Article previous, Article next, String contactLink,
                       FeedbackView feedback, String editUrl) {
    }

    /**
     * A search's results (search-results.html, the part of the results page that is the search's
     * own), with its filters and hits as HTML ({@link ResultsMarkup}).
     */
    record Search(SearchPageModel search, String filters, String hits) {
    }

    /** A results page around its results, HTML rendered from search-results.html (search.html). */
    record SearchPage(String results) {
    }

    /** An expected failure (not found, too many requests...) or the error page. */
    record Failure(String kind, int status) {
    }

    /** The contact form as typed, and the token of this showing of it (for insights). */
    record Contact(ContactView view, String formId) {
    }

    /** The confirmation after a message: its reference, topic and expected response time (all null once expired). */
    record ContactThanks(String reference, String topic, String response) {
    }

    /** The editors' sign-in form. */
    record AdminLogin(String action, String csrf, String alert) {
    }

    /** The insights page. */
    record Insights(InsightsView view) {
    }
}
