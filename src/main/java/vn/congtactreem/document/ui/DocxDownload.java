package vn.congtactreem.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.congtactreem.document.DocxFile;

/**
 * "Tải văn bản (DOCX)": a link that downloads an official document, written when it is clicked (so
 * it says what the page says at that moment).
 */
public final class DocxDownload {

    private DocxDownload() {
    }

    public static Anchor anchor(String text, SerializableSupplier<DocxFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocxFile docx = file.get();
            return new DownloadResponse(new ByteArrayInputStream(docx.content()), docx.asciiFileName(),
                    DocxFile.CONTENT_TYPE, docx.content().length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("document-download");
        return anchor;
    }
}
