package vn.congtactreem.org;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.OffsetPageRequest;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.internal.UserEntity;
import vn.congtactreem.org.internal.UserRepository;

/** Users of the application, each in one organisation with one or more roles. */
@Service
@Transactional(readOnly = true)
public class UserService {

    public static final String FIELD_USERNAME = "username";
    public static final String FIELD_FULL_NAME = "fullName";
    public static final String FIELD_EMAIL = "email";
    public static final String FIELD_ORG = "orgUnit";
    public static final String FIELD_ROLES = "roles";
    public static final String FIELD_PASSWORD = "password";
    public static final String FIELD_CURRENT_PASSWORD = "currentPassword";
    public static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;
    public static final int MAX_PASSWORD_BYTES = PasswordRule.MAX_BYTES;

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final OrgService orgs;
    private final PasswordEncoder passwordEncoder;

    public UserService(UserRepository users, OrgService orgs, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.orgs = orgs;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return byUsername(username).map(UserEntity::toUserAccount);
    }

    /** Full names of these users, read together (e.g. who holds each task of a page); unknown ones are left out. */
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : users.findByUsernameIn(usernames).stream()
                .map(UserEntity::toUserAccount)
                .collect(java.util.stream.Collectors.toMap(UserAccount::username, UserAccount::fullName, (a, b) -> a));
    }

    /** For sign-in only: the stored hash never leaves this feature otherwise. */
    public Optional<Credentials> credentials(String username) {
        return byUsername(username)
                .map(u -> new Credentials(u.toUserAccount(), u.getPasswordHash()));
    }

    public record Credentials(UserAccount account, String passwordHash) {
    }

    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserEntity::toUserAccount);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> search(String text, int offset, int limit) {
        return users.search(pattern(text), new OffsetPageRequest(offset, Math.max(limit, 1), Sort.by("username")))
                .map(UserEntity::toUserAccount).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return users.countSearch(pattern(text));
    }

    public boolean anyActiveAdmin() {
        return users.existsActiveWithRole(Role.ADMIN);
    }

    /** Whether someone can act for the organisation in the role (e.g. a sub-area runs its own cycle). */
    public boolean anyActiveWithRoleIn(long orgUnitId, Role role) {
        return users.existsActiveWithRoleIn(orgUnitId, role);
    }

    /** Of these organisations, those someone can act for in the role ({@link #anyActiveWithRoleIn} for many, one query). */
    public java.util.Set<Long> withAnyActiveInRole(java.util.Collection<Long> orgUnitIds, Role role) {
        return orgUnitIds.isEmpty() ? java.util.Set.of()
                : java.util.Set.copyOf(users.orgUnitsWithActiveRole(orgUnitIds, role));
    }

    /** The active users acting for the organisation in the role (who a notification for that group reaches). */
    public List<UserAccount> activeWithRoleIn(long orgUnitId, Role role) {
        return users.findActiveWithRoleIn(orgUnitId, role).stream().map(UserEntity::toUserAccount).toList();
    }

    /** The same for many organisations in one query (a period's units). */
    public List<UserAccount> activeWithRoleIn(java.util.Collection<Long> orgUnitIds, Role role) {
        if (orgUnitIds.size() == 1) {
            // one group (every new task's notification): the query Hibernate keeps translated, not the one with a
            // list, which it translates anew on every call
            return activeWithRoleIn(orgUnitIds.iterator().next(), role);
        }
        return orgUnitIds.isEmpty() ? List.of()
                : users.findActiveWithRoleInAny(orgUnitIds, role).stream().map(UserEntity::toUserAccount).toList();
    }

    public boolean anyActiveDemoAccount() {
        return users.existsByDemoAccountTrueAndActiveTrue();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(UserForm form) {
        return createAccount(form, false, false);
    }

    /**
     * A new user with a generated password, in one transaction: the password is returned once (for the
     * administrator to hand over) and must be changed at the first sign-in, as for a user imported in bulk.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public InitialAccount createWithGeneratedPassword(UserForm form) {
        String password = InitialPasswords.generate();
        UserAccount created = createAccount(new UserForm(form.username(), form.fullName(), form.email(),
                form.orgUnitId(), form.roles(), password), false, true);
        return new InitialAccount(created, password);
    }

    /** A user just created and the password generated for them, shown once. */
    public record InitialAccount(UserAccount account, String initialPassword) {
    }

    /** Demo data only: marks the account so the prod profile refuses to start while it is active. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount createDemoAccount(UserForm form) {
        return createAccount(form, true, false);
    }

    /** {@code generated}: the password is not the user's own, they must change it at the first sign-in. */
    private UserAccount createAccount(UserForm form, boolean demo, boolean generated) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new ValidationException(FIELD_USERNAME, "user.error.usernameFormat");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new ValidationException(FIELD_USERNAME, "user.error.usernameTaken", username);
        }
        if (demo) {
            PasswordRule.checkStorable(form.password());
        } else {
            PasswordRule.check(username, form.password());
        }
        String hash = passwordEncoder.encode(form.password());
        UserEntity user = new UserEntity(username, hash, demo);
        if (generated) {
            user.givePasswordToChange(hash);
        }
        describe(user, form);
        return users.save(user).toUserAccount();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, UserForm form) {
        return update(id, form, null);
    }

    /**
     * The same, refused ({@link ConflictException}) if the account changed since the administrator opened it at
     * {@code expectedVersion} (null: no check); the answer carries the new version.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, UserForm form, Long expectedVersion) {
        UserEntity user = user(id);
        ConflictException.requireVersion("version", expectedVersion, user.getVersion());
        describe(user, form);
        users.flush();
        return user.toUserAccount();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        UserEntity user = user(id);
        PasswordRule.check(user.toUserAccount().username(), newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    /** A new password generated for the user, shown once to the administrator; the user changes it at sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetToGenerated(long id) {
        String password = InitialPasswords.generate();
        user(id).givePasswordToChange(passwordEncoder.encode(password));
        return password;
    }

    /** Whether the user signs in with a password someone else chose and must choose their own first. */
    public boolean mustChangePassword(String username) {
        return byUsername(username).map(UserEntity::mustChangePassword).orElse(false);
    }

    /** A user chooses their own password, giving the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserEntity user = byUsername(username).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationException(FIELD_CURRENT_PASSWORD, "user.error.currentPasswordWrong");
        }
        PasswordRule.check(user.toUserAccount().username(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new ValidationException(FIELD_PASSWORD, "user.error.passwordUnchanged");
        }
        user.choosePassword(passwordEncoder.encode(newPassword));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount deactivate(long id) {
        return deactivate(id, null);
    }

    /** The same, refused ({@link ConflictException}) if the user changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount deactivate(long id, Long expectedVersion) {
        UserEntity user = user(id);
        ConflictException.requireVersion("version", expectedVersion, user.getVersion());
        if (user.toUserAccount().hasRole(Role.ADMIN) && countOtherActiveAdmins(id) == 0) {
            throw new ValidationException(FIELD_ROLES, "user.error.lastAdmin");
        }
        user.deactivate();
        users.flush();
        return user.toUserAccount();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount reactivate(long id) {
        return reactivate(id, null);
    }

    /** The same, refused ({@link ConflictException}) if the user changed since {@code expectedVersion} (null: none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount reactivate(long id, Long expectedVersion) {
        UserEntity user = user(id);
        ConflictException.requireVersion("version", expectedVersion, user.getVersion());
        user.reactivate();
        users.flush();
        return user.toUserAccount();
    }

    /** A user's own choice of language; anyone may change their own. */
    @Transactional
    public void chooseLocale(String username, Locale locale) {
        byUsername(username).ifPresent(u -> u.chooseLocale(locale.getLanguage()));
    }

    /** Creates the first administrator when none exists (start-up, before anyone can sign in). */
    @Transactional
    public UserAccount createFirstAdmin(String username, String password, long orgUnitId) {
        PasswordRule.checkStorable(password);
        UserEntity admin = new UserEntity(username, passwordEncoder.encode(password), false);
        admin.describe("Quản trị hệ thống", null, orgUnitId, Set.of(Role.ADMIN));
        return users.save(admin).toUserAccount();
    }

    /**
     * The user of this name, case ignored. Names are kept in lower case (the username rule, the import), so the
     * lower-cased name is read first through the unique index; only a name not found so is looked for ignoring
     * case (a first administrator named with capitals, an unknown name), on PostgreSQL through the index on
     * {@code upper(username)} (V34). Every API call with a token and every request of a signed-in session looks its
     * user up here: before, each was a scan of every user (about 10 ms at the country's 46,000 users).
     */
    private Optional<UserEntity> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<UserEntity> exact = users.findByUsername(username.toLowerCase(Locale.ROOT));
        return exact.isPresent() ? exact : users.findByUsernameIgnoreCase(username);
    }

    private UserEntity user(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", "user.error.notFound", id));
    }

    private long countOtherActiveAdmins(long id) {
        return users.findAll().stream().filter(UserEntity::isActive)
                .filter(u -> !u.getId().equals(id))
                .filter(u -> u.toUserAccount().hasRole(Role.ADMIN)).count();
    }

    private void describe(UserEntity user, UserForm form) {
        String fullName = form.fullName() == null ? "" : form.fullName().strip();
        if (fullName.isEmpty()) {
            throw new ValidationException(FIELD_FULL_NAME, "user.error.fullNameRequired");
        }
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ValidationException(FIELD_EMAIL, "user.error.emailFormat");
        }
        if (form.orgUnitId() == null || orgs.find(form.orgUnitId()).isEmpty()) {
            throw new ValidationException(FIELD_ORG, "user.error.orgRequired");
        }
        if (!orgs.get(form.orgUnitId()).active()) {
            throw new ValidationException(FIELD_ORG, "user.error.orgInactive");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new ValidationException(FIELD_ROLES, "user.error.rolesRequired");
        }
        boolean removesLastAdmin = user.getId() != null && user.toUserAccount().hasRole(Role.ADMIN)
                && !form.roles().contains(Role.ADMIN) && countOtherActiveAdmins(user.getId()) == 0;
        if (removesLastAdmin) {
            throw new ValidationException(FIELD_ROLES, "user.error.lastAdmin");
        }
        user.describe(fullName, email, form.orgUnitId(), form.roles());
    }

    private static String pattern(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // "_" is allowed in usernames: searched for literally, like "%" and the escape character itself
        return "%" + clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
