package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.congtactreem.document.OfficialDocument;

/**
 * The plan as the document the leader signs, on a sheet of paper: the same content as the issued
 * document (see {@link OfficialDocument}).
 */
class PlanDocumentView extends Div {

    PlanDocumentView(OfficialDocument document) {
        addClassName("plan-document");
        getElement().setAttribute("role", "document");
        Div left = column("doc-issuer");
        document.issuingBody().forEach(line -> left.add(block(line, "doc-issuer-line")));
        left.add(block(document.number(), "doc-number"));
        Div right = column("doc-motto");
        right.add(block(OfficialDocument.MOTTO, "doc-motto-title"), block(OfficialDocument.MOTTO_LINE, "doc-motto-line"),
                block(document.placeAndDate(), "doc-place-date"));
        Div header = new Div(left, right);
        header.addClassName("doc-header");
        add(header);
        H3 kind = new H3(document.kind());
        kind.addClassName("doc-kind");
        Paragraph title = new Paragraph(document.title());
        title.addClassName("doc-title");
        add(kind, title);
        document.preamble().forEach(line -> add(paragraph(line)));
        document.sections().forEach(section -> add(section, "doc-section"));
        add(paragraph(document.closing()));
        Div recipients = column("doc-recipients");
        recipients.add(block("Nơi nhận:", "doc-recipients-title"));
        document.recipients().forEach(line -> recipients.add(block(line, "doc-recipient")));
        Div signature = column("doc-signature");
        document.signature().forEach(line -> signature.add(block(line, "doc-signature-line")));
        signature.add(block(document.issued() ? "(Đã ký)" : "(Chữ ký)", "doc-signature-space"));
        signature.add(block(document.signerName() == null ? "" : document.signerName(), "doc-signer"));
        Div footer = new Div(recipients, signature);
        footer.addClassName("doc-footer");
        add(footer);
        // after the signature, as the DOCX prints them: "Phụ lục 1: …" and its table
        document.appendices().forEach(appendix -> add(appendix, "doc-appendix"));
    }

    private void add(OfficialDocument.Section section, String headingClass) {
        H4 heading = new H4(section.heading());
        heading.addClassName(headingClass);
        add(heading);
        section.paragraphs().forEach(line -> add(paragraph(line)));
        if (section.hasTable()) {
            add(table(section.table()));
        }
        for (OfficialDocument.Item item : section.items()) {
            Paragraph itemHeading = new Paragraph(item.heading());
            itemHeading.addClassName("doc-item");
            add(itemHeading);
            item.paragraphs().forEach(line -> add(paragraph(line)));
        }
    }

    /** A bordered table that scrolls sideways on its own when the screen is narrower than it. */
    private static Div table(OfficialDocument.Table data) {
        NativeTable table = new NativeTable();
        table.addClassName("doc-table");
        NativeTableRow header = new NativeTableRow();
        data.headers().forEach(text -> header.addHeaderCell().setText(text));
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        table.getHead().addRows(header);
        for (int r = 0; r < data.rows().size(); r++) {
            NativeTableRow row = table.getBody().addRow();
            for (int c = 0; c < data.headers().size(); c++) {
                row.addDataCell().setText(data.cell(r, c));
            }
        }
        Div wrapper = new Div(table);
        wrapper.addClassName("doc-table-wrapper");
        return wrapper;
    }

    private static Div column(String className) {
        Div column = new Div();
        column.addClassName(className);
        return column;
    }

    private static Div block(String text, String className) {
        Div block = new Div(new Span(text));
        block.addClassName(className);
        return block;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("doc-paragraph");
        return paragraph;
    }
}
