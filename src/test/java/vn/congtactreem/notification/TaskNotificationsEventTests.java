package vn.congtactreem.notification;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congtactreem.inbox.WorkItemDescriber;

/**
 * The listener hears every event of every task (no condition on the annotation): only a task's creation is looked
 * at; an assignment, a completion, an update or a deletion is let go before anything is read or written.
 */
class TaskNotificationsEventTests {

    @ParameterizedTest
    @ValueSource(strings = {TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_DELETE, TaskListener.EVENTNAME_TIMEOUT})
    void onlyACreationIsAnnounced(String event) {
        Outbox outbox = mock(Outbox.class);
        WorkItemDescriber describer = mock(WorkItemDescriber.class);
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(event);

        new TaskNotifications(outbox, List.of(describer)).onCreate(task);

        verify(task).getEventName();
        verifyNoInteractions(outbox, describer);
        verifyNoMoreInteractions(task);
    }

    @Test
    void aCreationIsLookedAt() {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
        when(task.getCandidates()).thenReturn(Set.of());

        new TaskNotifications(mock(Outbox.class), List.of()).onCreate(task);

        verify(task).getCandidates();
    }
}
