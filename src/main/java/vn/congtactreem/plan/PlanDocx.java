package vn.congtactreem.plan;

import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.document.DocxFile;

/** A plan as the DOCX to print and sign: the same {@link OfficialDocument} as its pages show. */
public final class PlanDocx {

    private PlanDocx() {
    }

    /** "KH-12-2024-An-Dương.docx" once issued, "KH-du-thao-2024-An-Dương.docx" before. */
    public static DocxFile of(Plan plan) {
        return DocxFile.of(PlanDocumentBuilder.of(plan), plan.docSymbol() == null ? PlanService.PLAN_SYMBOL
                        : plan.docSymbol(), plan.docNumber(),
                plan.issuedOn() == null ? plan.yearFrom() : plan.issuedOn().getYear(), plan.orgUnitName());
    }
}
