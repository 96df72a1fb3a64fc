package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.congtactreem.support.WebIntegrationTest;

/** The upper level's plan as a file: uploaded as PDF/Word, refused otherwise, downloaded unchanged. */
class AttachmentIntegrationTests extends WebIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% Kế hoạch 50/KH-UBND\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void anOfficerUploadsThePdfOfTheUpperPlanAndDownloadsItUnchanged() throws Exception {
        HttpResponse<String> uploaded = upload("canbo.anduong", "KH 50-KH-UBND Tân Yên.pdf", PDF);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"contentType\":\"application/pdf\"").contains("Tân Yên.pdf");
        String id = uploaded.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/attachments/" + id)))
                .header("Authorization", basic("canbo.anduong", "demo123")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment"));
    }

    @Test
    void anythingButPdfOrWordIsRefusedWithTheFileNamed() throws Exception {
        HttpResponse<String> refused = upload("canbo.anduong", "virus.exe", new byte[] {1, 2, 3});
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"file\"").contains("virus.exe").contains("không phải PDF");
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content) throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/attachments")))
                        .header("Authorization", basic(user, "demo123"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
