package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** The upper level's plan as a file: uploaded as PDF/Word, refused otherwise, downloaded unchanged. */
class AttachmentIntegrationTests extends WebIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% Kế hoạch 50/KH-UBND\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    private String officer;

    @BeforeEach
    void anOfficer() {
        officer = new TestOrgs(orgs, users).commune("tep").commune().officer();
    }

    @Test
    void anOfficerUploadsThePdfOfTheUpperPlanAndDownloadsItUnchanged() throws Exception {
        HttpResponse<String> uploaded = upload(officer, "KH 50-KH-UBND Tân Yên.pdf", PDF);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"contentType\":\"application/pdf\"").contains("Tân Yên.pdf");
        String id = uploaded.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/attachments/" + id)))
                .header("Authorization", basic(officer, TestOrgs.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment"));
    }

    @Test
    void anythingButPdfOrWordIsRefusedWithTheFileNamed() throws Exception {
        HttpResponse<String> refused = upload(officer, "virus.exe", new byte[] {1, 2, 3});
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"file\"").contains("virus.exe").contains("không phải PDF");
    }

    @Test
    void aFileIsCheckedByItsContentAndKeptUnderACleanName() throws Exception {
        HttpResponse<String> html = upload(officer, "ke-hoach.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("\"field\":\"file\"").contains("không phải là tệp PDF");
        HttpResponse<String> program = upload(officer, "ke-hoach.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0});
        assertThat(program.statusCode()).isEqualTo(400);

        HttpResponse<String> traversal = upload(officer, "../../../../etc/passwd.pdf", PDF);
        assertThat(traversal.statusCode()).isEqualTo(201);
        assertThat(traversal.body()).contains("\"fileName\":\"passwd.pdf\"").doesNotContain("..");
    }

    @Test
    void anUploadOverTheLimitIsToldInVietnamese() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 100 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        HttpResponse<String> refused = upload(officer, "lon.pdf", large);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Tệp lớn hơn 20 MB").contains("\"field\":\"file\"");
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content) throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/attachments")))
                        .header("Authorization", basic(user, TestOrgs.PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
