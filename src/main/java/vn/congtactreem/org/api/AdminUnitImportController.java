package vn.congtactreem.org.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.AdminUnitImportPlan;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;

/** "Nạp danh mục đơn vị hành chính" and the agency template, the same service as the screen. */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: danh mục đơn vị hành chính")
class AdminUnitImportController {

    private final AdminUnitCatalogue catalogue;
    private final AdminUnitImport importer;
    private final AgencyTemplates templates;

    AdminUnitImportController(AdminUnitCatalogue catalogue, AdminUnitImport importer, AgencyTemplates templates) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.templates = templates;
    }

    /** Which provinces to load ({@code all}: every one) and whether to add the template's agencies. */
    record Selection(List<String> provinces, boolean all, boolean withAgencies) {
        List<String> codes(AdminUnitCatalogue catalogue) {
            return all ? catalogue.provinces().stream().map(AdminUnitCatalogue.Province::code).toList()
                    : provinces == null ? List.of() : provinces;
        }
    }

    record ProvinceOnList(String code, String name, int communes) {
    }

    /** The preview's counts and the lines that would change something (created or updated). */
    record Preview(long provincesToCreate, long communesToCreate, int agenciesToCreate, long unchanged, long toUpdate,
                   List<AdminUnitImportPlan.Line> changes) {
    }

    @GetMapping("/admin-units")
    @Operation(summary = "The official list's provinces (codes of the National Statistics Office, since 1/7/2025)")
    List<ProvinceOnList> provinces() {
        return catalogue.provinces().stream()
                .map(p -> new ProvinceOnList(p.code(), p.name(), p.communes().size())).toList();
    }

    @PostMapping("/admin-units/preview")
    @Operation(summary = "What loading these provinces would create, leave and update (matched by code, then name)")
    Preview preview(@RequestBody Selection selection) {
        AdminUnitImportPlan plan = importer.preview(selection.codes(catalogue), selection.withAgencies());
        return new Preview(plan.count(Action.CREATE, AdminUnitImport.PROVINCE),
                plan.count(Action.CREATE, AdminUnitImport.COMMUNE), plan.agencies().size(),
                plan.count(Action.UNCHANGED), plan.count(Action.UPDATE),
                plan.lines().stream().filter(l -> l.action() != Action.UNCHANGED).toList());
    }

    @PostMapping("/admin-units/import")
    @Operation(summary = "Load these provinces in one transaction; loading again changes nothing")
    AdminUnitImport.Result load(@RequestBody Selection selection) {
        return importer.apply(selection.codes(catalogue), selection.withAgencies(), null);
    }

    @GetMapping("/agency-template")
    @Operation(summary = "The agencies added to every commune; {xa}: 'xã An Dương', {ten}: 'An Dương'")
    List<AgencyTemplateEntry> template() {
        return templates.entries();
    }

    @PutMapping("/agency-template")
    @Operation(summary = "Replace the agency template")
    List<AgencyTemplateEntry> replaceTemplate(@RequestBody List<AgencyTemplateEntry> entries) {
        return templates.replace(entries);
    }
}
