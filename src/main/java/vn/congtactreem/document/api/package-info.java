/** HTTP responses for generated files, shared by the features' controllers. */
@NamedInterface("api")
package vn.congtactreem.document.api;

import org.springframework.modulith.NamedInterface;
