package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileContentTests {

    @Test
    void aFileIsWhatItsFirstBytesSayNotWhatItsNameSays() {
        assertThat(FileContent.matches("pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(FileContent.matches("pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(FileContent.matches("pdf", new byte[] {'M', 'Z', (byte) 0x90, 0})).as("a Windows program")
                .isFalse();
        assertThat(FileContent.matches("docx", new byte[] {'P', 'K', 3, 4, 20, 0})).isTrue();
        assertThat(FileContent.matches("xlsx", new byte[] {'P', 'K', 3, 4, 20, 0})).isTrue();
        assertThat(FileContent.matches("doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0})).isTrue();
        assertThat(FileContent.matches("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isTrue();
        assertThat(FileContent.matches("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .isTrue();
        assertThat(FileContent.matches("png", new byte[] {(byte) 0x89, 'P'})).as("too short").isFalse();
        assertThat(FileContent.matches("exe", new byte[] {'M', 'Z'})).isFalse();
    }

    @Test
    void theDisplayNameKeepsNoFolderAndNoControlCharacter() {
        assertThat(FileContent.displayName("../../../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileContent.displayName("C:\\Users\\hoa\\Biên bản họp.pdf")).isEqualTo("Biên bản họp.pdf");
        assertThat(FileContent.displayName("bao\u0000cao\r\n.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileContent.displayName("..pdf")).isEqualTo("pdf");
        assertThat(FileContent.displayName(null)).isEmpty();
        String longName = FileContent.displayName("a".repeat(500) + ".docx");
        assertThat(longName).hasSize(FileContent.MAX_NAME).endsWith(".docx");
    }
}
