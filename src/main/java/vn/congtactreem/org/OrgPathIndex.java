package vn.congtactreem.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Organisations found by the path a person typed ("Tỉnh A › Xã B › Công an xã B"; "›", ">" or "/" between the
 * parts; case and spaces do not matter). The path as written, with its diacritics, wins; a path typed without
 * some diacritics is taken only when it fits one organisation. The official list has communes of one province
 * whose names differ only by their marks (Xã Văn Lang and Xã Văn Lăng, Xã Tân Thành and Xã Tân Thạnh): such a
 * path is never guessed, the person is told which ones it could be.
 */
final class OrgPathIndex {

    /** What a typed path gives: one organisation, or none, or the paths it could mean. */
    record Found(Long id, List<String> candidates) {

        static Found none() {
            return new Found(null, List.of());
        }
    }

    private final Map<String, Long> exact = new HashMap<>();
    private final Map<String, List<Long>> folded = new HashMap<>();
    private final Map<Long, String> paths;

    OrgPathIndex(Map<Long, String> paths) {
        this.paths = paths;
        paths.forEach((id, path) -> {
            exact.putIfAbsent(exactKey(path), id);
            folded.computeIfAbsent(foldedKey(path), k -> new ArrayList<>()).add(id);
        });
    }

    Found find(String typed) {
        Long id = exact.get(exactKey(typed));
        if (id != null) {
            return new Found(id, List.of());
        }
        List<Long> ids = folded.getOrDefault(foldedKey(typed), List.of());
        if (ids.size() == 1) {
            return new Found(ids.get(0), List.of());
        }
        return ids.isEmpty() ? Found.none()
                : new Found(null, ids.stream().map(paths::get).sorted().toList());
    }

    private static String exactKey(String path) {
        return Arrays.stream(path.split("[›>/]"))
                .map(part -> Normalizer.normalize(part.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " "))
                .collect(Collectors.joining("›"));
    }

    private static String foldedKey(String path) {
        return Arrays.stream(path.split("[›>/]")).map(NameKey::of).collect(Collectors.joining("›"));
    }
}
