package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDocx;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * Targets written as officers write them (issue 14, point 2), saved through the plan's service on
 * PostgreSQL and read back exactly: the values with the decimals typed, every shape with its parts,
 * and the DOCX printing each in the plan's words.
 */
class TargetShapesIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    PlanService plans;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void valuesKeepTheDecimalsTypedThroughTheDatabaseAndIntoTheDocument() throws Exception {
        TestOrgs org = new TestOrgs(orgs, users);
        TestOrgs.Area commune = org.area(null, "Xã Chính Xác", "COMMUNE", "chinhxac");
        Indicator percent = indicator("PX" + org.suffix(), "Tỷ lệ trẻ em suy dinh dưỡng", "PERCENT");
        UserAccount officer = users.findByUsername(commune.officer()).orElseThrow();
        long planId = plans.startCycle(officer, commune.id(), "Kế hoạch công tác trẻ em năm 2027", 2027, 2027).id();

        plans.saveDraft(officer, planId, draft(List.of(
                new TargetForm(percent.id(), 2027, Comparator.LESS_THAN, new BigDecimal("0.05"), null, null,
                        "Tỷ lệ dưới 0,05 %", List.of()),
                new TargetForm(percent.id(), 2027, Comparator.AT_LEAST, new BigDecimal("12.50"), 2026,
                        new BigDecimal("10.0"), null, List.of()),
                new TargetForm(percent.id(), 2027, Comparator.AT_LEAST, new BigDecimal("87"), null, null, null,
                        List.of()))));

        Plan plan = plans.load(planId);
        assertThat(plan.targets()).extracting(t -> t.targetValue().toPlainString())
                .containsExactly("0.05", "12.50", "87");
        assertThat(plan.targets().get(1).baselineValue()).hasToString("10.0");
        assertThat(plan.targets()).extracting(Target::requirement).containsExactly("< 0,05 %", "≥ 12,50 %", "≥ 87 %");
        // what the draft form gets back is what the officer typed
        assertThat(plan.toDraft().targets()).extracting(t -> t.targetValue().toPlainString())
                .containsExactly("0.05", "12.50", "87");
        assertThat(docxText(plan)).contains("< 0,05 %", "≥ 12,50 %", "≥ 87 %").doesNotContain("0,1 %", "87,000");
    }

    @Test
    void everyShapeIsSavedThroughTheServiceAndReadBackAsWritten() throws Exception {
        TestOrgs org = new TestOrgs(orgs, users);
        TestOrgs.Area commune = org.area(null, "Xã Nhiều Dạng", "COMMUNE", "nhieudang");
        Indicator percent = indicator("PS" + org.suffix(), "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi", "PERCENT");
        Indicator count = indicator("CS" + org.suffix(), "Số loại vắc xin trong tiêm chủng", "COUNT");
        Indicator yesNo = indicator("YS" + org.suffix(), "Xã đạt chuẩn phù hợp với trẻ em", "YES_NO");
        UserAccount officer = users.findByUsername(commune.officer()).orElseThrow();
        long planId = plans.startCycle(officer, commune.id(), "Kế hoạch công tác trẻ em năm 2028", 2028, 2028).id();
        List<TargetForm> written = List.of(
                shaped(percent, TargetShape.BAND, null, "1.5", "2", null, null, null,
                        "Giảm từ 2 % xuống 1,5 % hằng năm"),
                shaped(percent, TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY, "1", null, "2", null, null,
                        "Giảm 1 đến 2 % mỗi năm"),
                shaped(count, TargetShape.TREND, Comparator.REDUCE_BY, null, null, null, null, null,
                        "Giảm dần số trẻ em tử vong do đuối nước"),
                shaped(yesNo, TargetShape.SHARE_YES, Comparator.AT_LEAST, "95", null, null, null, "xã",
                        "95 % số xã đạt chuẩn"),
                shaped(percent, TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "8", null, null, 700L, "trẻ em",
                        "8/700 trẻ em được hỗ trợ"),
                shaped(count, TargetShape.COUNT, Comparator.AT_LEAST, "10", null, null, null, "loại vắc xin",
                        "Tiêm đủ 10 loại vắc xin"));

        plans.saveDraft(officer, planId, draft(written));

        Plan plan = plans.load(planId);
        assertThat(plan.targets()).extracting(Target::requirement).containsExactly("giảm từ 2 % xuống 1,5 %",
                "giảm 1 đến 2 % mỗi năm", "giảm dần", "≥ 95 % số xã đạt", "≥ 8/700 trẻ em", "≥ 10 loại vắc xin");
        // the draft form gets back every part as the officer typed it
        assertThat(plan.toDraft().targets()).usingRecursiveFieldByFieldElementComparator().isEqualTo(written);
        String docx = docxText(plan);
        assertThat(docx).contains("giảm từ 2 % xuống 1,5 %", "giảm 1 đến 2 % mỗi năm", "giảm dần",
                "≥ 95 % số xã đạt", "≥ 8/700 trẻ em", "≥ 10 loại vắc xin", "Giảm từ 2 % xuống 1,5 % hằng năm");
    }

    @Test
    void aProvinceTargetCanBeEveryOneOfItsCommunes() {
        TestOrgs org = new TestOrgs(orgs, users);
        TestOrgs.Area province = org.area(null, "Thành phố Nhiều Xã", "PROVINCE", "nhieuxa");
        // as many communes as the largest province has since 1 July 2025
        List<Long> communes = java.util.stream.IntStream.rangeClosed(1, 168).mapToObj(i ->
                SystemAuthentication.runAsSystem(() -> orgs.createArea(province.id(), "Phường " + i + " "
                        + org.suffix(), "COMMUNE").id())).toList();
        Indicator percent = indicator("PT" + org.suffix(), "Tỷ lệ trẻ em được tiêm chủng đầy đủ", "PERCENT");
        UserAccount officer = users.findByUsername(province.officer()).orElseThrow();
        long planId = plans.startCycle(officer, province.id(), "Kế hoạch công tác trẻ em năm 2027", 2027, 2027).id();

        plans.saveDraft(officer, planId, draft(List.of(new TargetForm(percent.id(), 2027, Comparator.AT_LEAST,
                new BigDecimal("95"), null, null, "UBND các xã, phường chủ trì", communes))));

        Target saved = plans.load(planId).targets().get(0);
        assertThat(saved.responsibleUnitIds()).containsExactlyElementsOf(communes);
        assertThat(saved.source()).isEqualTo(FigureSource.AREAS);
    }

    private static TargetForm shaped(Indicator indicator, TargetShape shape, Comparator comparator, String value,
                                     String from, String to, Long population, String unit, String wording) {
        return new TargetForm(indicator.id(), 2028, comparator, value == null ? null : new BigDecimal(value), null,
                null, wording, List.of(), shape, from == null ? null : new BigDecimal(from),
                to == null ? null : new BigDecimal(to), population, unit);
    }

    private Indicator indicator(String code, String name, String measure) {
        new TestIndicators(jdbc).create(code, name, measure, "YES_NO".equals(measure) ? null : "Số trẻ em",
                "PERCENT".equals(measure) ? "Tổng số trẻ em" : null, "trẻ em", "HIGHER_IS_BETTER", null, null);
        return catalog.byCode(code).orElseThrow();
    }

    private static PlanDraft draft(List<TargetForm> targets) {
        return new PlanDraft("Kế hoạch công tác trẻ em năm 2027", "Bảo vệ trẻ em.", null, null, null, null,
                "- Lưu: VT.", "Nguyễn Văn An", "PHÓ CHỦ TỊCH", null, List.of(), null, targets);
    }

    static String docxText(Plan plan) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(PlanDocx.of(plan).content()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
