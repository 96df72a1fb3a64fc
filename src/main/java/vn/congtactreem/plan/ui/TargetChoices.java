package vn.congtactreem.plan.ui;

import java.util.List;
import java.util.Map;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;

/**
 * What a target row offers: the active indicators, every indicator by id (an inactive one still shows on a row
 * that has it), the plan's organisation and the units below it (in picker order), and the plan's objectives' titles.
 */
record TargetChoices(List<Indicator> choosable, Map<Long, Indicator> byId, OrgPickerOrder units,
                     List<String> objectives) {
}
