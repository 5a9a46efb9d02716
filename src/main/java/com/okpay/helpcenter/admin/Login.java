package com.okpay.helpcenter.admin;

import java.time.Duration;

/** What became of a login attempt. Only {@link Success} opens the admin pages. */
public sealed interface Login {

    /** @param sessionCookie the value of the session cookie to set */
    record Success(String sessionCookie) implements Login {
    }

    /** The form did not come from our login page (or is too old): not counted as a guess. */
    record Forged() implements Login {
    }

    record Wrong() implements Login {
    }

    record Throttled(Duration retryAfter) implements Login {
    }
}
