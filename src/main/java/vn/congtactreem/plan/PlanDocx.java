package vn.congtactreem.plan;

import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.document.DocxFile;

/** A plan as the DOCX to print and sign: the same {@link OfficialDocument} as its pages show. */
public final class PlanDocx {

    private PlanDocx() {
    }

    /** "KH-12-2024-An-Dương.docx" once issued, "KH-du-thao-2024-An-Dương.docx" before. */
    public static DocxFile of(Plan plan) {
        return of(plan, PlanDocumentBuilder.of(plan));
    }

    /** The plan's DOCX with its document as given (signed by a substitute: {@link PlanService#document}). */
    public static DocxFile of(Plan plan, OfficialDocument document) {
        return DocxFile.of(document, plan.docSymbol() == null ? PlanService.PLAN_SYMBOL
                        : plan.docSymbol(), plan.docNumber(),
                plan.issuedOn() == null ? plan.yearFrom() : plan.issuedOn().getYear(), plan.orgUnitName());
    }
}
