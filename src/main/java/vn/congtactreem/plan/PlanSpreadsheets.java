package vn.congtactreem.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.IndicatorWorkbooks;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.org.UserAccount;

/** A plan's targets as a workbook, for whoever may read the plan (the screens and the API alike). */
@Service
@Transactional(readOnly = true)
public class PlanSpreadsheets {

    private final PlanService plans;

    public PlanSpreadsheets(PlanService plans) {
        this.plans = plans;
    }

    public XlsxFile targets(UserAccount user, long planId, Texts texts) {
        Plan plan = plans.get(user, planId);
        String years = plan.multiYear() ? plan.yearFrom() + "–" + plan.yearTo() : String.valueOf(plan.yearFrom());
        String number = plan.documentNumber() == null ? "" : " (" + plan.documentNumber() + ")";
        byte[] content = IndicatorWorkbooks.targets(texts, texts.get("xlsx.targets.title", plan.title() + number),
                texts.get("xlsx.targets.subtitle", plan.orgUnitName(), years), plan.targets(), plan.objectives());
        return XlsxFile.named(texts.get("xlsx.file.targets", plan.title()), content);
    }
}
