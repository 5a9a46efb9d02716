package com.okpay.helpcenter.check;

import com.okpay.helpcenter.content.ContentProblem;
import java.util.List;

/** One kind of mistake the check looks for; it adds what it finds to {@code problems}. */
interface CheckRule {
    void check(CheckedSite site, List<ContentProblem> problems);
}
