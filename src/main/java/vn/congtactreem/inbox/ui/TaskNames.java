package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.Component;

/**
 * A task's name in the reader's language: {@code task.name.<taskKey>} from the bundles, else the
 * Vietnamese name the diagram gives it (a task added to a process before its translation).
 */
final class TaskNames {

    private TaskNames() {
    }

    static String of(Component component, String taskKey, String diagramName) {
        String key = "task.name." + taskKey;
        String translated = component.getTranslation(key);
        return translated == null || translated.isBlank() || translated.equals("!" + key) ? diagramName : translated;
    }
}
