package vn.congtactreem.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.UsersWorkbook;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.UserImport;

/** Users in bulk as a workbook: the template and its import (as "Nhập người dùng từ Excel"). */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: người dùng")
class AdminUserWorkbookController {

    private final UserImport userImport;
    private final MessageSource messages;

    AdminUserWorkbookController(UserImport userImport, MessageSource messages) {
        this.userImport = userImport;
        this.messages = messages;
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The user import template (sheet 'Người dùng' and its help)")
    ResponseEntity<byte[]> template(Locale locale) {
        return XlsxResponses.of(UsersWorkbook.template(Texts.of(messages, locale)));
    }

    @PostMapping(path = "/import.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create users from the filled template (form field 'file'): all or nothing, 400 with "
            + "every error by sheet, row and column; the initial passwords once")
    List<ImportedUser> importWorkbook(@RequestParam("file") MultipartFile file) throws IOException {
        return UsersWorkbook.importInto(userImport, file.getBytes());
    }
}
