package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.congtactreem.indicator.TargetStatus;

/** Where a figure stands against its target, as a coloured badge: Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt, Chưa có số liệu. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(TargetStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("target.status." + status.name()));
        String theme = switch (status) {
            case ACHIEVED -> "success";
            case ON_TRACK -> "";
            case OFF_TRACK, NOT_ACHIEVED -> "error";
            case NO_DATA, NOT_APPLICABLE -> "contrast";
        };
        badge.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            badge.getElement().getThemeList().addAll(List.of(theme));
        }
        badge.addClassNames("status-badge", "target-status", "target-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
