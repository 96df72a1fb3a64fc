package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature block of a substitute (Nghị định 30/2020): "KT." for a deputy, "TUQ." for an authorised officer. */
class SignatureInSteadTests {

    @Test
    void aDeputySignsForTheHeadUnderTheCommittee() {
        assertThat(OfficialStyle.signatureInStead("Chủ tịch", true))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(OfficialStyle.signatureInStead("PHÓ CHỦ TỊCH", true))
                .as("the absent signer was a deputy: the block names the head")
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(OfficialStyle.signatureInStead(null, true))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void withoutTheCommitteeLineAsTheSeedPlansSign() {
        assertThat(OfficialStyle.signatureInStead("Chủ tịch", true, false)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(OfficialStyle.signatureInStead("CHỦ TỊCH", false, false)).containsExactly("TUQ. CHỦ TỊCH");
        assertThat(OfficialStyle.signature("Phó Chủ tịch", false)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(OfficialStyle.signature("Chủ tịch", false)).containsExactly("CHỦ TỊCH");
        assertThat(OfficialStyle.signature("Phó Chủ tịch", true))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(OfficialStyle.signature(null, true)).containsExactly("TM. ỦY BAN NHÂN DÂN");
        assertThat(OfficialStyle.signature(null, false)).isEmpty();
    }

    @Test
    void anAuthorisedOfficerSignsTuq() {
        assertThat(OfficialStyle.signatureInStead("CHỦ TỊCH", false))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "TUQ. CHỦ TỊCH");
    }

    @Test
    void aDocumentSignedByAnotherKeepsEverythingElse() {
        OfficialDocument document = new OfficialDocument(List.of("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG"), "Số: 1/KH-UBND",
                "An Dương, ngày 01 tháng 3 năm 2024", "KẾ HOẠCH", "Công tác trẻ em", List.of("Căn cứ"), List.of(),
                "Kết thúc", List.of("Như trên"), OfficialStyle.signature("CHỦ TỊCH"), "Lục Xuân Đức", true);
        OfficialDocument signed = document.signedBy(OfficialStyle.signatureInStead("CHỦ TỊCH", true), "Trần Văn Phó");
        assertThat(signed.signature()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(signed.signerName()).isEqualTo("Trần Văn Phó");
        assertThat(signed.number()).isEqualTo(document.number());
        assertThat(signed.recipients()).isEqualTo(document.recipients());
        assertThat(document.signerName()).isEqualTo("Lục Xuân Đức");
    }
}
