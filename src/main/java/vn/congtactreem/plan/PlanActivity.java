package vn.congtactreem.plan;

import java.util.List;

/** A content item of a plan ("nội dung hoạt động") with the names of its units, for readers. */
public record PlanActivity(long id, int position, String title, String content, Timeframe timeframe,
                           Long leadUnitId, String leadUnitName, List<Long> cooperatingUnitIds,
                           List<String> cooperatingUnitNames) {

    public ActivityForm toForm() {
        return new ActivityForm(title, content, timeframe.quarters(), timeframe.monthFrom(), timeframe.monthTo(),
                leadUnitId, cooperatingUnitIds);
    }
}
