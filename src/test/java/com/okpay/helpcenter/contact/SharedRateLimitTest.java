package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.testing.ContactClient;
import com.okpay.helpcenter.testing.Fixtures;
import com.okpay.helpcenter.testing.MutableClock;
import com.okpay.helpcenter.testing.RunningApp;
import com.okpay.helpcenter.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate limit is counted in the database, so a spammer gains nothing from instances behind a load
 * balancer or from a restart, and the addresses it counts are never stored as such.
 */
class SharedRateLimitTest {
    static final String SECRET = "the-same-secret-on-every-instance-0123456789";
    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();
    @TempDir
    Path temp;
    final MutableClock clock = MutableClock.fixed();

    private RunningApp instance(String name, String dbUrl) {
        return RunningApp.start(Fixtures.copy("fixture-site", temp.resolve(name + "-content")), temp.resolve(name),
                Map.of("contact-min-fill-seconds", "0", "trust-proxy", "true", "contact-rate-limit", "2/10m",
                        "db-url", dbUrl, "db-user", "postgres"),
                Map.of("HELPCENTER_SECRET", SECRET), clock);
    }

    private static int send(RunningApp app, String ip) {
        ContactClient visitor = new ContactClient(app, "/contact", ip);
        visitor.open();
        HttpResponse<String> response = visitor.submit(ContactClient.validFields());
        return response.statusCode();
    }

    @Test
    void twoInstancesOnOneDatabaseShareOneLimitAndARestartRemembersIt() throws SQLException {
        String url = databases.postgresUrl();
        try (RunningApp first = instance("a", url); RunningApp second = instance("b", url)) {
            assertEquals(303, send(first, "198.51.100.7"));
            assertEquals(303, send(second, "198.51.100.7"));
            assertEquals(429, send(first, "198.51.100.7"), "the limit counts messages from both instances");
            assertEquals(429, send(second, "198.51.100.7"));
            assertEquals(303, send(second, "198.51.100.8"), "another visitor is not affected");
            assertEquals("3", ContactTestApps.scalar(first, "SELECT COUNT(*) FROM contact_message"));
            assertEquals("0", ContactTestApps.scalar(first,
                    "SELECT COUNT(*) FROM contact_rate WHERE visitor LIKE '%198.51%'"), "only keyed hashes are kept");
        }
        try (RunningApp restarted = instance("c", url)) {
            assertEquals(429, send(restarted, "198.51.100.7"), "a restart forgets nothing");
            clock.advance(Duration.ofMinutes(10).plusSeconds(1));
            assertEquals(303, send(restarted, "198.51.100.7"), "the window has passed");
            assertTrue(Integer.parseInt(ContactTestApps.scalar(restarted, "SELECT COUNT(*) FROM contact_rate")) <= 2,
                    "expired slots are deleted");
        }
    }
}
