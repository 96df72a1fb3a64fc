package vn.congtactreem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV files of users as Excel and scripts write them. */
class UserCsvTests {

    @Test
    void aSemicolonFileWithAHeaderAndQuotedCellsIsReadWithItsLineNumbers() {
        List<UserImportRow> rows = UserCsv.parse("\uFEFFusername;fullName;email;role;organisation;language\r\n"
                + "a.b;\"Nguyễn Văn \"\"Tí\"\"\";;\"Lãnh đạo; Quản lý, theo dõi\";03388;vi\r\n\r\n"
                + "c.d;Trần C\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new UserImportRow(2, "a.b", "Nguyễn Văn \"Tí\"", "",
                "Lãnh đạo; Quản lý, theo dõi", "03388", "vi"));
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).role()).isEmpty();
    }

    @Test
    void aCommaFileWithoutHeaderStartsAtLineOne() {
        List<UserImportRow> rows = UserCsv.parse("x.y,Lê X,x@y.vn,OFFICER,\"Tỉnh A › Xã B\",en");
        assertThat(rows).containsExactly(new UserImportRow(1, "x.y", "Lê X", "x@y.vn", "OFFICER", "Tỉnh A › Xã B", "en"));
    }
}
