package vn.congtactreem.org.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    private boolean active = true;

    private String locale = "vi";

    @Column(name = "demo_account")
    private boolean demoAccount;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserEntity() {
    }

    public UserEntity(String username, String passwordHash, boolean demoAccount) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.demoAccount = demoAccount;
    }

    public void describe(String fullName, String email, long orgUnitId, Set<Role> roles) {
        this.fullName = fullName;
        this.email = email;
        this.orgUnitId = orgUnitId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.demoAccount = false;
    }

    /** A password someone else chose (generated for a bulk import or a reset): to be changed at sign-in. */
    public void givePasswordToChange(String newHash) {
        changePassword(newHash);
        this.mustChangePassword = true;
    }

    /** The user chose their own password. */
    public void choosePassword(String newHash) {
        changePassword(newHash);
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void chooseLocale(String locale) {
        this.locale = locale;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemoAccount() {
        return demoAccount;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public UserAccount toUserAccount() {
        Set<Role> copy = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new UserAccount(id, username, fullName, email, orgUnitId, copy, active, locale, version);
    }

    public long getVersion() {
        return version;
    }
}
