package vn.congtactreem.demo;

import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;

/**
 * The demo's leave: on the demo's day (19/05/2024) the officer of An Dương, Nguyễn Thị Hoa (canbo.anduong), is on
 * leave until 24/05/2024 and has named the commune's leader, Lục Xuân Đức (lanhdao.anduong), to stand in: the
 * leader finds the officer's review of the police's report in the inbox, marked as hers, and both have the
 * notification in the bell. Named by the officer through the same service as the page "Ủy quyền khi vắng mặt",
 * once, as the last step of the demo cycle ({@link DemoCycle}).
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
class DemoLeave {

    static final String ON_LEAVE = "canbo.anduong";
    static final String STANDS_IN = "lanhdao.anduong";
    static final LocalDate FROM = LocalDate.of(2024, 5, 19);
    static final LocalDate TO = LocalDate.of(2024, 5, 24);

    private final SubstitutionService substitutions;
    private final DemoSteps steps;

    DemoLeave(SubstitutionService substitutions, DemoSteps steps) {
        this.substitutions = substitutions;
        this.steps = steps;
    }

    /** Names the substitute; the demo clock must stand within the leave (the rules refuse days past). */
    void begin() {
        UserAccount officer = steps.user(ON_LEAVE);
        UserAccount leader = steps.user(STANDS_IN);
        substitutions.name(officer, officer.id(), new SubstitutionForm(leader.id(), FROM, TO));
    }
}
