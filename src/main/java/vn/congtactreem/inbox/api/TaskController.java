package vn.congtactreem.inbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.security.CurrentUser;

/** The caller's tasks: assigned to them or offered to their unit/role; claiming and giving back. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Việc cần làm", description = "The caller's open tasks")
class TaskController {

    private static final int MAX_PAGE = 200;

    private final WorkItems work;
    private final CurrentUser currentUser;

    TaskController(WorkItems work, CurrentUser currentUser) {
        this.work = work;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Open tasks, earliest due first")
    List<WorkItem> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return work.of(currentUser.require(), Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Nhận việc: take a task offered to the caller's unit and role (403 if not a candidate, "
            + "400 if a colleague holds it)")
    WorkItem claim(@PathVariable String id) {
        return work.claim(currentUser.require(), id);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Trả lại nhóm: give a claimed task back to its group (403 unless the caller holds it)")
    WorkItem unclaim(@PathVariable String id) {
        return work.giveBack(currentUser.require(), id);
    }
}
