package vn.congtactreem.substitute;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listener hears every event of every task (no condition on the annotation): the running substitutions are
 * asked only when a task is created.
 */
class StandInLinksEventTests {

    @ParameterizedTest
    @ValueSource(strings = {TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_DELETE, TaskListener.EVENTNAME_TIMEOUT})
    void otherEventsAskNothing(String event) {
        SubstitutionReads reads = mock(SubstitutionReads.class);
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(event);

        new StandInLinks(mock(TaskService.class), reads).onCreate(task);

        verify(reads, never()).runningToday();
    }

    @Test
    void aCreationAsksThem() {
        SubstitutionReads reads = mock(SubstitutionReads.class);
        when(reads.runningToday()).thenReturn(List.of());
        DelegateTask task = mock(DelegateTask.class);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);

        new StandInLinks(mock(TaskService.class), reads).onCreate(task);

        verify(reads).runningToday();
    }
}
