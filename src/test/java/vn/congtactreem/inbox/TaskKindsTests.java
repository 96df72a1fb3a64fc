package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskKindsTests {

    @Test
    void theRoleOfATaskIsTheLastPartOfItsCandidateGroup() {
        assertThat(TaskKinds.roles("org:${orgUnitId}:OFFICER")).containsExactly("OFFICER");
        assertThat(TaskKinds.roles("org:${unitOrgId}:REPORTER, org:${planOrgId}:OFFICER"))
                .containsExactlyInAnyOrder("REPORTER", "OFFICER");
        assertThat(TaskKinds.roles(null)).isEmpty();
        assertThat(TaskKinds.roles(" ")).isEmpty();
    }
}
