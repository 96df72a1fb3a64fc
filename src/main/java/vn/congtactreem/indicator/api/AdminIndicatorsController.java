package vn.congtactreem.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorForm;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.IndicatorUsage;

/** The indicator catalogue for administrators: the same service and messages as "Danh mục chỉ tiêu". */
@RestController
@RequestMapping("/api/v1/admin/indicators")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: danh mục chỉ tiêu")
class AdminIndicatorsController {

    private final IndicatorCatalog catalog;

    AdminIndicatorsController(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The catalogue (also out of use), filtered by text in code or name and by group")
    List<Indicator> list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) IndicatorGroup group) {
        return catalog.search(q, group);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator; its ETag (and version) goes back as If-Match with a change")
    ResponseEntity<Indicator> get(@PathVariable long id) {
        return withETag(catalog.get(id));
    }

    @GetMapping("/{id}/usage")
    @Operation(summary = "How many targets and values use it (then its measure is fixed)")
    IndicatorUsage usage(@PathVariable long id) {
        return catalog.usage(id);
    }

    @PostMapping
    @Operation(summary = "Add an indicator")
    Indicator create(@RequestBody IndicatorForm form) {
        return catalog.create(form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an indicator (the measure only while no target or value uses it); with If-Match, "
            + "refused (409) if someone changed it since")
    ResponseEntity<Indicator> change(@PathVariable long id, @RequestBody IndicatorForm form,
                                     @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return withETag(catalog.update(id, form, IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<Indicator> withETag(Indicator indicator) {
        return ResponseEntity.ok().eTag(IfMatch.etag(indicator.version())).body(indicator);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Take out of use (never deleted: old plans and figures keep it)")
    Indicator deactivate(@PathVariable long id) {
        return catalog.deactivate(id);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Bring back into use")
    Indicator reactivate(@PathVariable long id) {
        return catalog.reactivate(id);
    }
}
