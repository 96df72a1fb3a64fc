package vn.congtactreem.inbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.UserAccount;

/**
 * Runs an action on several tasks, each in its own transaction: one that fails is rolled back
 * alone and reported with its reason, the others stay done.
 */
@Service
public class BulkWork {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWork.class);

    private final TransactionTemplate ownTransaction;

    public BulkWork(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Why one task could not be done: an i18n key with its arguments. */
    public record Failure(WorkItem item, String messageKey, Object... args) {
    }

    /** What was done, what failed and why, and what the action was not meant for. */
    public record Result(List<WorkItem> done, List<Failure> failed, List<WorkItem> skipped) {
    }

    public Result run(UserAccount user, BulkWorkAction action, List<WorkItem> items) {
        List<WorkItem> done = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        List<WorkItem> skipped = new ArrayList<>();
        for (WorkItem item : items) {
            if (!action.appliesTo(user, item)) {
                skipped.add(item);
                continue;
            }
            try {
                ownTransaction.executeWithoutResult(status -> action.run(user, item));
                done.add(item);
            } catch (ValidationException e) {
                failed.add(new Failure(item, e.messageKey(), e.args()));
            } catch (NotAllowedException e) {
                failed.add(new Failure(item, "inbox.bulk.notAllowed"));
            } catch (RuntimeException e) {
                LOG.warn("{} failed on task {} for {}", action.labelKey(), item.id(), user.username(), e);
                failed.add(new Failure(item, "inbox.bulk.error", String.valueOf(e.getMessage())));
            }
        }
        return new Result(List.copyOf(done), List.copyOf(failed), List.copyOf(skipped));
    }
}
