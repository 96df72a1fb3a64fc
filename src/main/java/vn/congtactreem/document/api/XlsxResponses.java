package vn.congtactreem.document.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congtactreem.document.XlsxFile;

/** A workbook as an HTTP download: its content type and an ASCII name beside the UTF-8 one (RFC 5987). */
public final class XlsxResponses {

    private XlsxResponses() {
    }

    public static ResponseEntity<byte[]> of(XlsxFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .contentType(MediaType.parseMediaType(XlsxFile.CONTENT_TYPE))
                .body(file.content());
    }
}
