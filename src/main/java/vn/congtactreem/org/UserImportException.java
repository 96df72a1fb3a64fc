package vn.congtactreem.org;

import java.util.List;

/** A user import was refused as a whole: every problem found, no user created. */
public class UserImportException extends RuntimeException {

    private final transient List<UserImportError> errors;

    public UserImportException(List<UserImportError> errors) {
        super(errors.size() + " error(s) in the user import, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<UserImportError> errors() {
        return errors;
    }
}
