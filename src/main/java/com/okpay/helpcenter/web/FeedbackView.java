package com.okpay.helpcenter.web;

/**
 * The "was this helpful?" box under an article: which step it is at ({@code ask}, then
 * {@code thanks} or {@code no} with the comment box, then {@code commented}; or {@code already},
 * {@code expired}, {@code error}), and where it posts. The same for every visitor at that step, so the article page can be cached.
 */
public record FeedbackView(String state, String action, int commentMax) {

    public boolean is(String step) {
        return state.equals(step);
    }
}
