package vn.congtactreem.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The official list of administrative units since 1 July 2025 (34 provinces, 3,321 communes, codes of
 * the National Statistics Office), read once from {@code org/vietnam-admin-units-2025.csv} (its
 * provenance beside it).
 */
@Component
public class AdminUnitCatalogue {

    static final String RESOURCE = "org/vietnam-admin-units-2025.csv";
    private static final Map<String, String> COMMUNE_KINDS = Map.of("Xã", "XA", "Phường", "PHUONG", "Đặc khu", "DAC_KHU");

    /** A commune of the list; {@code kindCode} as in {@link AdminUnitKind}. */
    public record Commune(String code, String name, String kindCode) {
    }

    /** A province or centrally-run city of the list, with its communes in the list's order. */
    public record Province(String code, String name, String kindCode, List<Commune> communes) {
    }

    private final List<Province> provinces;

    public AdminUnitCatalogue() {
        this.provinces = read();
    }

    public List<Province> provinces() {
        return provinces;
    }

    public int communeCount() {
        return provinces.stream().mapToInt(p -> p.communes().size()).sum();
    }

    private static List<Province> read() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Commune>> communes = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                names.putIfAbsent(cells[0], cells[1].strip());
                String kind = COMMUNE_KINDS.get(cells[4].strip());
                if (kind == null) {
                    throw new IllegalStateException("Unknown commune kind in " + RESOURCE + ": " + line);
                }
                communes.computeIfAbsent(cells[0], c -> new ArrayList<>())
                        .add(new Commune(cells[2].strip(), cells[3].strip(), kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.entrySet().stream().map(e -> new Province(e.getKey(), e.getValue(),
                e.getValue().startsWith("Thành phố") ? "THANH_PHO" : "TINH", List.copyOf(communes.get(e.getKey()))))
                .toList();
    }
}
