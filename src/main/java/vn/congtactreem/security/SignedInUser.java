package vn.congtactreem.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.congtactreem.org.UserAccount;

/** The Spring Security principal: the user's account plus the hash used to check the password. */
public record SignedInUser(UserAccount account, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.active();
    }

    public List<String> roleNames() {
        return account.roles().stream().map(Enum::name).toList();
    }
}
