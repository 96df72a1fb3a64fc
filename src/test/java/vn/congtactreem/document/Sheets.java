package vn.congtactreem.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Target;

/** What the spreadsheet tests share: the application's own bundle, catalogue entries, opening bytes. */
final class Sheets {

    static final Texts VIETNAMESE = Texts.of(bundle(), Locale.forLanguageTag("vi-VN"));
    static final Texts ENGLISH = Texts.of(bundle(), Locale.ENGLISH);

    static final Indicator CARED_FOR = new Indicator(1, "BV-01", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc",
            Measure.PERCENT, "Số trẻ em có HCĐB được chăm sóc", "Tổng số trẻ em có HCĐB", "trẻ em",
            Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, "QĐ 23/QĐ-TTg", new BigDecimal("50"),
            new BigDecimal("100"), true, 1);
    static final Indicator INJURIES = new Indicator(2, "YT-05", "Tỷ suất trẻ em bị tai nạn, thương tích",
            Measure.PER_100K, "Số trẻ em bị TNTT", "Tổng số trẻ em", "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "QĐ 23/QĐ-TTg", BigDecimal.ZERO, BigDecimal.valueOf(5000), true, 2);
    static final Indicator INFANT_DEATHS = new Indicator(3, "YT-01", "Tỷ suất tử vong trẻ em dưới 1 tuổi",
            Measure.PER_THOUSAND, "Số trẻ em dưới 1 tuổi tử vong", "Số trẻ đẻ ra sống", "trẻ em",
            Direction.LOWER_IS_BETTER, IndicatorGroup.HEALTH, "QĐ 23/QĐ-TTg", null, null, true, 3);
    static final Indicator INJURY_DEATHS = new Indicator(4, "YT-07", "Số trẻ em tử vong do tai nạn, thương tích",
            Measure.COUNT, "Số trẻ em tử vong do TNTT", null, "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "Kế hoạch phường", null, null, true, 4);
    static final Indicator CHILD_FRIENDLY = new Indicator(5, "TG-01", "Xã, phường phù hợp với trẻ em",
            Measure.YES_NO, null, null, "xã", Direction.HIGHER_IS_BETTER, IndicatorGroup.PARTICIPATION,
            "QĐ 23/QĐ-TTg", null, null, true, 5);
    /** in the catalogue, but asked by no report of these tests. */
    static final Indicator BIRTHS = new Indicator(6, "HT-01", "Số trẻ em được khai sinh", Measure.COUNT,
            "Số trẻ em được khai sinh", null, "trẻ em", Direction.HIGHER_IS_BETTER, IndicatorGroup.GENERAL,
            "TT 13/2021", null, null, true, 6);
    static final List<Indicator> ASKED = List.of(CARED_FOR, INJURIES, INFANT_DEATHS, INJURY_DEATHS, CHILD_FRIENDLY);
    static final List<Indicator> CATALOGUE = List.of(CARED_FOR, INJURIES, INFANT_DEATHS, INJURY_DEATHS,
            CHILD_FRIENDLY, BIRTHS);

    private Sheets() {
    }

    /** The catalogue by code, as {@code IndicatorCatalog.byCode} answers. */
    static java.util.Optional<Indicator> byCode(String code) {
        return CATALOGUE.stream().filter(i -> i.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    static Target target(int position, Indicator indicator, Comparator comparator, String value) {
        return new Target(position, 7, position, indicator, 2024, comparator, new BigDecimal(value), null, null,
                null, List.of(30L), List.of("Công an xã An Dương"));
    }

    static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(XSSFWorkbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/objectives");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
