package vn.congtactreem.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.congtactreem.document.OfficialDocument;

/** The document on the page shows a section's table as an HTML table: header cells, then the rows. */
class PlanDocumentViewTests {

    private static final OfficialDocument.Table TARGETS = new OfficialDocument.Table(
            List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Đơn vị chủ trì"),
            List.of(List.of("1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc", "%", "> 95", "Công chức VH-XH"),
                    List.of("2", "Xã đạt tiêu chuẩn xã phù hợp với trẻ em", "xã", "Đạt")));

    @Test
    void aSectionsTableIsShownWithItsHeaderAndRows() {
        OfficialDocument document = new OfficialDocument(List.of("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG"), "Số: 12/KH-UBND",
                "An Dương, ngày 15 tháng 3 năm 2024", "KẾ HOẠCH", "Triển khai thực hiện công tác trẻ em năm 2024",
                List.of(), List.of(new OfficialDocument.Section("I. MỤC ĐÍCH, YÊU CẦU", List.of("Bảo vệ trẻ em."),
                        List.of()), new OfficialDocument.Section("II. CHỈ TIÊU", List.of("Phấn đấu đạt:"), List.of(),
                        TARGETS)), "Trên đây là Kế hoạch./.", List.of("- Lưu: VT."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Lục Xuân Đức", true);

        List<NativeTable> tables = descendants(new PlanDocumentView(document))
                .filter(NativeTable.class::isInstance).map(NativeTable.class::cast).toList();

        assertThat(tables).hasSize(1);
        NativeTable table = tables.get(0);
        NativeTableRow header = table.getHead().getRows().get(0);
        assertThat(header.getHeaderCells()).extracting(NativeTableHeaderCell::getText).containsExactly(
                "TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Đơn vị chủ trì");
        assertThat(header.getHeaderCells().get(0).getElement().getAttribute("scope")).isEqualTo("col");
        assertThat(table.getBody().getRows()).hasSize(2);
        assertThat(table.getBody().getRows().get(1).getDataCells()).extracting(NativeTableCell::getText)
                .containsExactly("2", "Xã đạt tiêu chuẩn xã phù hợp với trẻ em", "xã", "Đạt", "");
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(PlanDocumentViewTests::descendants));
    }
}
