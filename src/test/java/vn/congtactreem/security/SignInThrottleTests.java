package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-05-19T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void plus(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsPauseTheAccountForFiveMinutesWhateverTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("canbo.anduong", "10.0.0.1");
        }
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.1")).isZero();
        throttle.failed("Canbo.AnDuong", "10.0.0.1");
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("congan.anduong", "10.0.0.9")).as("another account").isZero();

        clock.plus(Duration.ofMinutes(3));
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        assertThat(new SignInThrottle.ThrottledException(Duration.ofSeconds(61)).getMessage())
                .isEqualTo("Đăng nhập sai quá nhiều lần: thử lại sau 2 phút.");
        clock.plus(Duration.ofMinutes(2));
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.1")).isZero();
    }

    @Test
    void manyWrongPasswordsFromOneAddressPauseItForEveryAccount() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.waitFor("canbo.anduong", "203.0.113.7")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("canbo.anduong", "203.0.113.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountAndOldFailuresAgeOut() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("canbo.anduong", "10.0.0.1");
        }
        throttle.succeeded("canbo.anduong");
        throttle.failed("canbo.anduong", "10.0.0.1");
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.1")).isZero();
        for (int i = 0; i < 3; i++) {
            throttle.failed("canbo.anduong", "10.0.0.1");
        }
        clock.plus(Duration.ofMinutes(16));
        throttle.failed("canbo.anduong", "10.0.0.1");
        assertThat(throttle.waitFor("canbo.anduong", "10.0.0.1")).as("the four before fell out of the window")
                .isZero();
    }
}
