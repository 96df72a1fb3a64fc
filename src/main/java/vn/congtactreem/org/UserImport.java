package vn.congtactreem.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.internal.UserEntity;
import vn.congtactreem.org.internal.UserRepository;

/**
 * Users in bulk, from the XLSX template or a CSV file: every row is checked (username form, twice in
 * the file or taken, name, e-mail, roles, organisation by code or path, language) and if anything is
 * wrong no one is created and every problem is returned by line and column. Each user gets a generated
 * password, shown once to the administrator, and must choose their own at the first sign-in.
 */
@Service
public class UserImport {

    public static final String USERNAME = "username";
    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    public static final String LANGUAGE = "language";
    /** The columns of the template and of the CSV file, in this order. */
    public static final List<String> COLUMNS = List.of(USERNAME, FULL_NAME, EMAIL, ROLE, ORGANISATION, LANGUAGE);
    public static final int MAX_ROWS = 5000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final UserRepository users;
    private final OrgService orgs;
    private final PasswordEncoder passwordEncoder;
    private final Map<String, Role> roleNames = new HashMap<>();

    public UserImport(UserRepository users, OrgService orgs, PasswordEncoder passwordEncoder, MessageSource messages) {
        this.users = users;
        this.orgs = orgs;
        this.passwordEncoder = passwordEncoder;
        for (Role role : Role.values()) {
            roleNames.put(NameKey.of(role.name()), role);
            roleNames.put(NameKey.of(messages.getMessage("role." + role.name(), null, VIETNAMESE)), role);
            roleNames.put(NameKey.of(messages.getMessage("role." + role.name(), null, Locale.ENGLISH)), role);
        }
    }

    private record Checked(UserImportRow row, String username, String fullName, String email, Set<Role> roles,
                           long orgUnitId, String locale) {
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportedUser> importUsers(List<UserImportRow> uploaded) {
        List<UserImportRow> rows = uploaded.stream().filter(r -> !r.blank()).toList();
        List<UserImportError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new UserImportException(List.of(new UserImportError(0, null, "userImport.error.empty", List.of())));
        }
        if (rows.size() > MAX_ROWS) {
            throw new UserImportException(List.of(new UserImportError(0, null, "userImport.error.tooMany",
                    List.of(MAX_ROWS))));
        }
        List<OrgUnit> units = orgs.all();
        Map<String, OrgUnit> byCode = units.stream().filter(u -> u.officialCode() != null)
                .collect(Collectors.toMap(OrgUnit::officialCode, u -> u));
        Map<Long, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        OrgPathIndex byPath = new OrgPathIndex(orgs.paths());
        Set<String> taken = users.findByUsernameIn(rows.stream().map(r -> username(r)).toList()).stream()
                .map(UserEntity::getUsername).collect(Collectors.toSet());
        Map<String, Integer> firstLine = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (UserImportRow row : rows) {
            int before = errors.size();
            String username = username(row);
            if (!UserService.USERNAME.matcher(username).matches()) {
                errors.add(error(row, USERNAME, "user.error.usernameFormat"));
            } else if (firstLine.containsKey(username)) {
                errors.add(error(row, USERNAME, "userImport.error.usernameTwice", username, firstLine.get(username)));
            } else if (taken.contains(username)) {
                errors.add(error(row, USERNAME, "user.error.usernameTaken", username));
            }
            firstLine.putIfAbsent(username, row.line());
            String fullName = clean(row.fullName());
            if (fullName.isEmpty()) {
                errors.add(error(row, FULL_NAME, "user.error.fullNameRequired"));
            }
            String email = clean(row.email());
            if (!email.isEmpty() && !UserService.EMAIL.matcher(email).matches()) {
                errors.add(error(row, EMAIL, "user.error.emailFormat"));
            }
            Set<Role> roles = roles(row, errors);
            OrgUnit unit = organisation(row, byCode, byPath, byId, errors);
            String locale = language(row, errors);
            if (errors.size() == before) {
                checked.add(new Checked(row, username, fullName, email.isEmpty() ? null : email, roles, unit.id(),
                        locale));
            }
        }
        if (!errors.isEmpty()) {
            throw new UserImportException(errors);
        }
        return create(checked);
    }

    private List<ImportedUser> create(List<Checked> checked) {
        Map<Long, String> paths = orgs.paths();
        List<ImportedUser> created = new ArrayList<>();
        for (Checked user : checked) {
            String password = InitialPasswords.generate();
            UserEntity entity = new UserEntity(user.username(), null, false);
            entity.givePasswordToChange(passwordEncoder.encode(password));
            entity.describe(user.fullName(), user.email(), user.orgUnitId(), user.roles());
            entity.chooseLocale(user.locale());
            UserEntity saved = users.save(entity);
            created.add(new ImportedUser(saved.getId(), user.username(), user.fullName(), paths.get(user.orgUnitId()),
                    user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")), password));
        }
        return created;
    }

    private Set<Role> roles(UserImportRow row, List<UserImportError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        // roles are separated by ";" (or ","; a role's own name may hold a comma: "Quản lý, theo dõi")
        List<String> parts = Arrays.stream(clean(row.role()).split(";")).map(String::strip)
                .flatMap(part -> roleNames.containsKey(NameKey.of(part)) ? java.util.stream.Stream.of(part)
                        : Arrays.stream(part.split(",")).map(String::strip))
                .filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            errors.add(error(row, ROLE, "user.error.rolesRequired"));
        }
        for (String part : parts) {
            Role role = roleNames.get(NameKey.of(part));
            if (role == null) {
                errors.add(error(row, ROLE, "userImport.error.roleUnknown", part));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private static OrgUnit organisation(UserImportRow row, Map<String, OrgUnit> byCode, OrgPathIndex byPath,
                                        Map<Long, OrgUnit> byId, List<UserImportError> errors) {
        String typed = clean(row.organisation());
        if (typed.isEmpty()) {
            errors.add(error(row, ORGANISATION, "user.error.orgRequired"));
            return null;
        }
        OrgPathIndex.Found found = typed.matches("\\d+") ? null : byPath.find(typed);
        OrgUnit unit = found == null ? byCode.get(typed) : found.id() == null ? null : byId.get(found.id());
        if (found != null && !found.candidates().isEmpty()) {
            errors.add(error(row, ORGANISATION, "userImport.error.orgAmbiguous", typed,
                    String.join("; ", found.candidates())));
        } else if (unit == null) {
            errors.add(error(row, ORGANISATION, "userImport.error.orgUnknown", typed));
        } else if (!unit.active()) {
            errors.add(error(row, ORGANISATION, "user.error.orgInactive"));
        }
        return unit;
    }

    private static String language(UserImportRow row, List<UserImportError> errors) {
        String typed = NameKey.of(row.language());
        return switch (typed) {
            case "", "vi", "tieng viet" -> "vi";
            case "en", "english", "tieng anh" -> "en";
            default -> {
                errors.add(error(row, LANGUAGE, "userImport.error.language", clean(row.language())));
                yield "vi";
            }
        };
    }

    private static String username(UserImportRow row) {
        return clean(row.username()).toLowerCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static UserImportError error(UserImportRow row, String column, String key, Object... args) {
        return new UserImportError(row.line(), column, key, Arrays.asList(args));
    }
}
