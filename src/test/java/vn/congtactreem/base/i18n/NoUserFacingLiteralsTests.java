package vn.congtactreem.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens ({@code ui/}) and the API ({@code api/}) hold no user-facing text of their own: every text comes from
 * the bundles under {@code i18n/}, so it exists in Vietnamese and English. The test reads the sources and, outside
 * comments and annotations (the API's OpenAPI documentation), finds
 * <ul>
 * <li>any string literal with a Vietnamese letter (â, đ, ơ, ư, ế…), and</li>
 * <li>a literal of two or more words passed straight to a method that puts text on screen
 * ({@code setText}, {@code new Span}, {@code Notification.show}, {@code setLabel}, {@code new Button}…).</li>
 * </ul>
 * {@link #ALLOWED} lists the few literals that stay, each with its reason.
 */
class NoUserFacingLiteralsTests {

    private static final Path MAIN = Path.of("src/main/java");

    /** File name → a literal that may stay there, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            // the signed document follows Nghị định 30: its captions are Vietnamese whatever the reader's language
            "PlanDocumentView.java:Nơi nhận:", "legal layout of the official document",
            "PlanDocumentView.java:(Đã ký)", "legal layout of the official document",
            "PlanDocumentView.java:(Chữ ký)", "legal layout of the official document");

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SHOWN = Pattern.compile(
            "(setText|setLabel|setPlaceholder|setHelperText|setTitle|setHeaderTitle|setHeader|setErrorMessage"
                    + "|setAriaLabel|setTooltipText|Notification\\.show|new (Span|Button|H[1-6]|Paragraph|Div"
                    + "|Anchor|NativeLabel|Checkbox|TextField|TextArea|Tab|SideNavItem))\\(\\s*\"([^\"\\\\]*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}\\s+[A-Za-z]{2,}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void screensAndTheApiTakeTheirTextsFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(NoUserFacingLiteralsTests::isUiOrApi).sorted().toList()) {
                found.addAll(literalsIn(file));
            }
        }
        assertThat(found).as("user-facing literals in ui/ and api/ (move them into a bundle under i18n/)").isEmpty();
    }

    @Test
    void theScanFindsATextOnScreenAndIgnoresCommentsAndAnnotations() {
        String source = """
                /** "Người dùng": a comment */
                @Tag(name = "Quản trị: người dùng")
                class X {
                    // "Hủy" in a comment
                    void f() {
                        add(new Span("Xin chào"));
                        Notification.show("Saved the plan");
                        grid.setId("plan-grid");
                        String key = "plan.saved";
                    }
                }
                """;
        assertThat(literals("X.java", source)).containsExactly("X.java: \"Xin chào\"", "X.java: \"Saved the plan\"");
    }

    private static boolean isUiOrApi(Path file) {
        String path = MAIN.relativize(file).toString().replace('\\', '/');
        return path.endsWith(".java") && (path.contains("/ui/") || path.contains("/api/"));
    }

    private static List<String> literalsIn(Path file) throws IOException {
        return literals(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<String> literals(String fileName, String source) {
        String code = withoutAnnotations(withoutComments(source));
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            if (VIETNAMESE.matcher(literal.group(1)).find()) {
                report(found, fileName, literal.group(1));
            }
        }
        Matcher shown = SHOWN.matcher(code);
        while (shown.find()) {
            String text = shown.group(3);
            if (WORDS.matcher(text).find() && !VIETNAMESE.matcher(text).find()) {
                report(found, fileName, text);
            }
        }
        return found;
    }

    private static void report(List<String> found, String fileName, String text) {
        if (!ALLOWED.containsKey(fileName + ":" + text)) {
            found.add(fileName + ": \"" + text + "\"");
        }
    }

    /** Block comments, javadoc and line comments blanked out (not inside string literals). */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Annotations with arguments ({@code @Tag(name = "…")}, {@code @Operation(summary = "…")}) blanked out. */
    private static String withoutAnnotations(String code) {
        StringBuilder out = new StringBuilder(code.length());
        Matcher annotation = Pattern.compile("@[A-Za-z.]+\\s*\\(").matcher(code);
        int from = 0;
        while (annotation.find(from)) {
            out.append(code, from, annotation.start());
            int depth = 1;
            int i = annotation.end();
            boolean inString = false;
            while (i < code.length() && depth > 0) {
                char c = code.charAt(i);
                if (c == '"' && code.charAt(i - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == '(') {
                    depth++;
                } else if (!inString && c == ')') {
                    depth--;
                }
                i++;
            }
            from = i;
        }
        out.append(code.substring(from));
        return out.toString();
    }
}
