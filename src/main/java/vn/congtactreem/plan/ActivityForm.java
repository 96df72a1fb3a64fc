package vn.congtactreem.plan;

import java.util.List;

/**
 * A content item as the officer drafts it: what ("Tuyên truyền…"), the details, when (quarters or a
 * range of months), the unit that leads it and the units that cooperate.
 */
public record ActivityForm(String title, String content, List<Integer> quarters, Integer monthFrom, Integer monthTo,
                           Long leadUnitId, List<Long> cooperatingUnitIds) {
}
