package vn.congtactreem.org.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;

/** The organisation tree for administrators: the same service and messages as "Cơ cấu tổ chức". */
@RestController
@RequestMapping("/api/v1/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: cơ cấu tổ chức")
class AdminOrganisationsController {

    private final OrgService orgs;
    private final OfficialCodes codes;

    AdminOrganisationsController(OrgService orgs, OfficialCodes codes) {
        this.orgs = orgs;
        this.codes = codes;
    }

    /** An organisation with its path ("Tỉnh A › Xã B"). */
    record Organisation(long id, Long parentId, OrgUnitKind kind, String levelCode, String agencyTypeCode, String name,
                        boolean active, String officialCode, String adminKindCode, String path, long version) {
        static Organisation of(OrgUnit unit, String path) {
            return new Organisation(unit.id(), unit.parentId(), unit.kind(), unit.levelCode(), unit.agencyTypeCode(),
                    unit.name(), unit.active(), unit.officialCode(), unit.adminKindCode(), path, unit.version());
        }
    }

    /** A node of the tree with the units under it. */
    record Node(Organisation unit, List<Node> children) {
    }

    /** A new area (levelCode) or agency (agencyTypeCode); an area may carry its official code and kind. */
    record NewOrganisation(Long parentId, OrgUnitKind kind, String name, String levelCode, String agencyTypeCode,
                           String officialCode, String adminKindCode) {
    }

    record Rename(String name) {
    }

    record Identity(String officialCode, String adminKindCode) {
    }

    @GetMapping
    @Operation(summary = "Every organisation, by name, each with its path")
    List<Organisation> list() {
        Map<Long, String> paths = orgs.paths();
        return orgs.all().stream().map(u -> Organisation.of(u, paths.get(u.id()))).toList();
    }

    @GetMapping("/tree")
    @Operation(summary = "The organisation tree: roots with their children, areas before agencies, by name")
    List<Node> tree() {
        List<Organisation> all = list();
        Map<Long, List<Organisation>> byParent = all.stream().filter(o -> o.parentId() != null)
                .collect(Collectors.groupingBy(Organisation::parentId));
        return all.stream().filter(o -> o.parentId() == null).map(o -> node(o, byParent)).toList();
    }

    private static Node node(Organisation unit, Map<Long, List<Organisation>> byParent) {
        List<Node> children = new ArrayList<>();
        byParent.getOrDefault(unit.id(), List.of()).stream()
                .sorted(java.util.Comparator.comparing(Organisation::kind).thenComparing(Organisation::name))
                .forEach(child -> children.add(node(child, byParent)));
        return new Node(unit, children);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; its ETag (and version) goes back as If-Match with a rename")
    ResponseEntity<Organisation> get(@PathVariable long id) {
        return withETag(organisation(id));
    }

    private Organisation organisation(long id) {
        return Organisation.of(orgs.get(id), orgs.path(id));
    }

    private static ResponseEntity<Organisation> withETag(Organisation organisation) {
        return ResponseEntity.ok().eTag(IfMatch.etag(organisation.version())).body(organisation);
    }

    @PostMapping
    @Operation(summary = "Create an area (kind AREA, levelCode) or an agency (kind AGENCY, agencyTypeCode)")
    Organisation create(@RequestBody NewOrganisation body) {
        OrgUnit created = body.kind() == OrgUnitKind.AGENCY
                ? orgs.createAgency(body.parentId(), body.name(), body.agencyTypeCode())
                : orgs.createArea(body.parentId(), body.name(), body.levelCode());
        if (body.officialCode() != null || body.adminKindCode() != null) {
            created = codes.identify(created.id(), body.officialCode(), body.adminKindCode());
        }
        return organisation(created.id());
    }

    @PutMapping("/{id}/name")
    @Operation(summary = "Rename; recorded in its history (old name → new name); what it already made keeps the old "
            + "name, what it makes afterwards carries the new one; with If-Match, refused (409) if someone changed it "
            + "since")
    ResponseEntity<Organisation> rename(@PathVariable long id, @RequestBody Rename body,
                                        @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        orgs.rename(id, body.name(), IfMatch.version(ifMatch));
        return get(id);
    }

    @PutMapping("/{id}/official-code")
    @Operation(summary = "Set (or clear) an area's official code and administrative kind; with If-Match, refused "
            + "(409) if someone changed it since")
    ResponseEntity<Organisation> identify(@PathVariable long id, @RequestBody Identity body,
                                          @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        codes.identify(id, body.officialCode(), body.adminKindCode(), IfMatch.version(ifMatch));
        return get(id);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Bring back into use; with If-Match, refused (409) if someone changed it since")
    ResponseEntity<Organisation> reactivate(@PathVariable long id,
                                            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        orgs.reactivate(id, IfMatch.version(ifMatch));
        return get(id);
    }
}
