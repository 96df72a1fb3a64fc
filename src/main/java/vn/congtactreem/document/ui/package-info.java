/** Download links for generated DOCX and XLSX files, shared by the features' screens. */
@NamedInterface("ui")
package vn.congtactreem.document.ui;

import org.springframework.modulith.NamedInterface;
