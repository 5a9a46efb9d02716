package com.okpay.helpcenter.web;

/**
 * The "was this helpful?" box under an article: which step it is at ({@code ask}, then
 * {@code thanks} or {@code no} with the comment box, then {@code commented}; or {@code already},
 * {@code expired}, {@code error}), where it posts and the visitor's CSRF token.
 */
public record FeedbackView(String state, String action, String csrfToken, int commentMax) {

    public boolean is(String step) {
        return state.equals(step);
    }
}
