package vn.congtactreem.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;

/**
 * "Xuất Excel": a link that builds the workbook when clicked (with the reader's rights at that
 * moment) and downloads it under its Vietnamese name.
 */
public class XlsxDownloadLink extends Anchor {

    private final transient Function<Texts, XlsxFile> workbook;

    /**
     * @param labelKey the link's text in the bundle
     * @param workbook builds the workbook in the reader's language
     */
    public XlsxDownloadLink(String labelKey, Function<Texts, XlsxFile> workbook) {
        this.workbook = workbook;
        setHref(DownloadHandler.fromInputStream(event -> {
            XlsxFile file = build();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    XlsxFile.CONTENT_TYPE, file.content().length);
        }));
        getElement().setAttribute("download", true);
        add(VaadinIcon.FILE_TABLE.create());
        add(" " + getTranslation(labelKey));
        addClassName("xlsx-download");
    }

    /** The workbook as the link would download it (for tests and callers that need the bytes). */
    public XlsxFile build() {
        return workbook.apply(this::getTranslation);
    }
}
