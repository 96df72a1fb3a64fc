package vn.congtactreem.orgchange.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;
import vn.congtactreem.orgchange.DeactivationImpact;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgDeactivationService;
import vn.congtactreem.orgchange.OrgChangeImpact;
import vn.congtactreem.orgchange.OrgChangeService;
import vn.congtactreem.support.ApiSlice;

/** /api/v1/admin/organisations/{id}/… moves and merges in a slice: impact, change, history; 400, 404, 403. */
@WebMvcTest(OrgChangeController.class)
@Import(ApiSlice.class)
class OrgChangeControllerSliceTests {

    private static final String BASE = "/api/v1/admin/organisations/";
    private static final RequestPostProcessor ADMIN = user("slice.admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrgService orgs;
    @MockitoBean
    OrgChangeService changes;
    @MockitoBean
    OrgDeactivationService deactivation;

    @BeforeEach
    void twoTeams() {
        when(orgs.find(5L)).thenReturn(Optional.of(team(5, "Tổ A")));
        when(orgs.find(6L)).thenReturn(Optional.of(team(6, "Tổ B")));
        when(orgs.find(999L)).thenReturn(Optional.empty());
    }

    @Test
    void theMergeImpactListsWhatTheMergeTouches() throws Exception {
        when(changes.impactOfMerge(5, 6)).thenReturn(new OrgChangeImpact(List.of(41L), List.of(42L),
                List.of("Kế hoạch của Tổ A"), 3, 2));
        mvc.perform(get(BASE + "5/merge-impact").param("into", "6").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportsToMove[0]").value(41))
                .andExpect(jsonPath("$.reportsToClose[0]").value(42))
                .andExpect(jsonPath("$.plansToClose[0]").value("Kế hoạch của Tổ A"))
                .andExpect(jsonPath("$.openTasks").value(3))
                .andExpect(jsonPath("$.users").value(2));
    }

    @Test
    void aMergeIsMadeAndAnswersWhatItDid() throws Exception {
        when(changes.merge(5, 6)).thenReturn(new OrgChange(1, OrgChange.Kind.MERGE, 5, "Tổ A", "Xã X › Tổ A", 6,
                "Xã X › Tổ B", 1, 0, 0, 3, 2, "slice.admin", Instant.parse("2026-12-03T10:00:00Z")));
        mvc.perform(post(BASE + "5/merge").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\": 6}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("MERGE"))
                .andExpect(jsonPath("$.toPath").value("Xã X › Tổ B"))
                .andExpect(jsonPath("$.usersMoved").value(2));
    }

    @Test
    void mergingIntoItselfIs400WithTheTargetFieldAndTheServicesMessage() throws Exception {
        when(changes.merge(5, 5)).thenThrow(new ValidationException(OrgChangeService.FIELD_TARGET,
                "admin.orgChange.error.intoItself"));
        mvc.perform(post(BASE + "5/merge").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Không thể sáp nhập đơn vị vào chính nó hoặc đơn vị trực thuộc nó."));
    }

    @Test
    void aMoveWithoutANewParentIs400ByTheParentFieldAndMovesNothing() throws Exception {
        mvc.perform(post(BASE + "5/move").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(OrgService.FIELD_PARENT));
        verify(changes, never()).move(anyLong(), anyLong(), any());
    }

    @Test
    void theFormerPutParentMovesThroughTheServiceAndAnswersTheRecordedChange() throws Exception {
        when(changes.move(5, 7, null)).thenReturn(new OrgChange(3, OrgChange.Kind.MOVE, 5, "Tổ A", "Xã X › Tổ A", 7,
                "Xã Y › Tổ A", 0, 0, 0, 0, 0, "slice.admin", Instant.parse("2026-12-03T10:00:00Z")));
        mvc.perform(put(BASE + "5/parent").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": 7}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("MOVE"))
                .andExpect(jsonPath("$.fromPath").value("Xã X › Tổ A"));
        verify(changes).move(5, 7, null);
    }

    @Test
    void aMoveFromAnOlderVersionIs409() throws Exception {
        when(changes.move(5, 7, 2L))
                .thenThrow(new vn.congtactreem.base.ConflictException("version", "concurrency.error.staleVersion"));
        mvc.perform(post(BASE + "5/move").with(ADMIN).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newParentId\": 7}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));
        verify(changes).move(5, 7, 2L);
    }

    @Test
    void aParentIdThatIsNoWholeNumberIs400AndNothingMoves() throws Exception {
        mvc.perform(put(BASE + "5/parent").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": 1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Phải là số nguyên (không nhập số thập phân), tối đa 18 chữ số."));
        verify(changes, never()).move(anyLong(), anyLong(), any());
    }

    @Test
    void deactivatingShowsTheImpactAndWithoutConfirmationIsRefusedByTheConfirmField() throws Exception {
        when(deactivation.impact(5)).thenReturn(new DeactivationImpact(List.of("Xã Con"), List.of("Kế hoạch X"), 0,
                4, 2));
        mvc.perform(get(BASE + "5/deactivate-impact").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeChildren[0]").value("Xã Con"))
                .andExpect(jsonPath("$.runningCycles[0]").value("Kế hoạch X"))
                .andExpect(jsonPath("$.openTasks").value(4))
                .andExpect(jsonPath("$.periodsToCome").value(2));
        when(deactivation.deactivate(5, false, null)).thenThrow(new ValidationException(
                OrgDeactivationService.FIELD_CONFIRM, "orgchange.deactivate.error.confirm"));
        mvc.perform(post(BASE + "5/deactivate").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirm"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Hãy xác nhận đã xem những gì bị ảnh hưởng trước khi ngừng hoạt động."));
    }

    @Test
    void anUnknownOrganisationIs404ForEveryOperation() throws Exception {
        mvc.perform(get(BASE + "999/changes").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "999/move-impact").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "5/merge-impact").param("into", "999").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "999/move").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"newParentId\": 6}")).andExpect(status().isNotFound());
        verify(changes, never()).move(anyLong(), anyLong(), any());
        verify(changes, never()).history(anyLong());
    }

    @Test
    void theHistoryListsTheUnitsChanges() throws Exception {
        when(changes.history(5)).thenReturn(List.of(new OrgChange(1, OrgChange.Kind.MOVE, 5, "Tổ A", "Xã X › Tổ A",
                7, "Xã Y › Tổ A", 0, 0, 0, 0, 0, "slice.admin", Instant.parse("2026-12-03T10:00:00Z"))));
        mvc.perform(get(BASE + "5/changes").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("MOVE"))
                .andExpect(jsonPath("$[0].fromPath").value("Xã X › Tổ A"));
    }

    @Test
    void anOfficerIsRefusedAndNothingIsMerged() throws Exception {
        mvc.perform(post(BASE + "5/merge").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"targetId\": 6}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "5/move-impact").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        verify(changes, never()).merge(anyLong(), anyLong());
        verify(changes, never()).impactOfMove(anyLong());
    }

    private static OrgUnit team(long id, String name) {
        return new OrgUnit(id, 1L, OrgUnitKind.AGENCY, null, "OTHER", name, true, null, null);
    }
}
