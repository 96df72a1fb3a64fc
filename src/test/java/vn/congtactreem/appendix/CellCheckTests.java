package vn.congtactreem.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellCheckTests {

    private static final CellRef REF = new CellRef(1, "r1", "c1");
    private static final FormColumn NUMBER = new FormColumn("c1", "Số", ColumnKind.NUMBER, true);
    private static final FormColumn YES_NO = new FormColumn("c1", "Có/Không", ColumnKind.YES_NO, false);

    @Test
    void numbersKeepTheirTypedDecimals() {
        assertThat(value(NUMBER, "1.234,50").number()).isEqualTo(new java.math.BigDecimal("1234.50"));
        assertThat(value(NUMBER, "12.5").number()).isEqualTo(new java.math.BigDecimal("12.5"));
        assertThat(value(NUMBER, "87").display()).isEqualTo("87");
        assertThat(value(NUMBER, "0,050").display()).isEqualTo("0,050");
    }

    @Test
    void aNumberColumnRefusesTextAndNegatives() {
        assertThat(error(NUMBER, "mười")).isEqualTo("appendix.error.notNumber");
        assertThat(error(NUMBER, "-3")).isEqualTo("appendix.error.negative");
        assertThat(error(NUMBER, "1,1234567")).isEqualTo("appendix.error.numberOutOfRange");
    }

    @Test
    void yesNoAndBlank() {
        assertThat(value(YES_NO, "Có").yes()).isTrue();
        assertThat(value(YES_NO, "không").yes()).isFalse();
        assertThat(error(YES_NO, "có lẽ")).isEqualTo("appendix.error.notYesNo");
        assertThat(CellCheck.check(REF, NUMBER, "  ")).isEmpty();
    }

    private static CellValue value(FormColumn column, String typed) {
        Optional<CellCheck.Outcome> outcome = CellCheck.check(REF, column, typed);
        assertThat(outcome.orElseThrow().error()).isNull();
        return outcome.get().value();
    }

    private static String error(FormColumn column, String typed) {
        CellError error = CellCheck.check(REF, column, typed).orElseThrow().error();
        assertThat(error.cell()).isEqualTo(REF);
        return error.messageKey();
    }
}
