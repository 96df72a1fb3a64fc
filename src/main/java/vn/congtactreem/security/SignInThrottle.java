package vn.congtactreem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by the login form and by HTTP Basic alike: after
 * {@value #ACCOUNT_FAILURES} wrong passwords for one account, or {@value #ADDRESS_FAILURES} from one
 * address, within {@link #WINDOW}, sign-in is refused for {@link #BLOCK} (the message says how long).
 * A successful sign-in clears the account's count. Kept in memory per node: a cluster multiplies the
 * allowance by its nodes, still far from the thousands of tries guessing needs. Behind a reverse proxy
 * the address is the proxy's unless forwarded headers are trusted ({@code server.forward-headers-strategy}),
 * hence the generous limit per address.
 */
@Component
public class SignInThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(5);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long sign-in stays refused for this account or address; zero if it may be tried now. */
    public Duration waitFor(String username, String address) {
        Duration account = wait(accountKey(username), ACCOUNT_FAILURES);
        Duration byAddress = address == null ? Duration.ZERO : wait("addr:" + address, ADDRESS_FAILURES);
        return account.compareTo(byAddress) >= 0 ? account : byAddress;
    }

    public void failed(String username, String address) {
        record(accountKey(username));
        if (address != null) {
            record("addr:" + address);
        }
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getException() instanceof BadCredentialsException) {
            failed(String.valueOf(event.getAuthentication().getName()), address(event.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private void record(String key) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            // names sprayed at the login form must not fill the memory
            failures.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            prune(times, now);
        }
    }

    private Duration wait(String key, int allowed) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            prune(times, now);
            if (times.size() < allowed) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekLast().plus(BLOCK));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.removeFirst();
        }
        while (times.size() > ADDRESS_FAILURES * 2) {
            times.removeFirst();
        }
    }

    /** Sign-in refused while the throttle holds; says the whole minutes left (at least 1). */
    public static class ThrottledException extends org.springframework.security.authentication.LockedException {

        private final long minutes;

        public ThrottledException(Duration left) {
            super("Đăng nhập sai quá nhiều lần: thử lại sau " + Math.max(1, (left.toSeconds() + 59) / 60) + " phút.");
            this.minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        }

        public long minutes() {
            return minutes;
        }
    }
}
