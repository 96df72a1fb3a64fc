package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;

/**
 * docs/decisions/0001: a level's figure is the sum of its direct sources, each once. The district of
 * the issue: its education office reports 598/600 for the whole district, its communes 60/60 and 25/25,
 * and the district itself typed 590/600.
 */
class OneSourcePerFigureTests {

    private static final long EDUCATION_OFFICE = 11;
    private static final long JUSTICE_OFFICE = 12;
    private static final long COMMUNE_A = 21;
    private static final long COMMUNE_B = 22;
    private static final long DISTRICT = 1;

    private final List<RollUp.Answer> answers = List.of(
            answer(EDUCATION_OFFICE, false, 598, 600),
            answer(COMMUNE_A, true, 60, 60),
            answer(COMMUNE_B, true, 25, 25));
    private final Optional<Contribution> own = Optional.of(new Contribution(99, true, "UBND huyện", 590, 600));

    @Test
    void aTargetTheDistrictGivesToItsEducationOfficeIsTheOfficesFigureNotPlusTheCommunes() {
        Figure figure = RollUp.ofLevel(CARED_FOR, Set.of(EDUCATION_OFFICE), answers, own);

        assertThat(figure.numerator()).isEqualTo(598);
        assertThat(figure.denominator()).isEqualTo(600);
        assertThat(figure.display()).isEqualTo("99,7 % (598/600)").isNotEqualTo("99,7 % (683/685)");
        assertThat(figure.sources()).extracting(Contribution::orgUnitName).containsExactly("Đơn vị 11");
    }

    @Test
    void aTargetLeftToTheCommunesIsTheirSumWithoutTheOfficeOrTheDistrictsOwnValue() {
        Figure figure = RollUp.ofLevel(CARED_FOR, Set.of(COMMUNE_A, COMMUNE_B), answers, own);

        assertThat(figure.numerator()).isEqualTo(85);
        assertThat(figure.denominator()).isEqualTo(85);
        assertThat(figure.sources()).extracting(Contribution::reportId).containsExactly(COMMUNE_A, COMMUNE_B);
    }

    @Test
    void theDistrictsOwnValueCountsOnlyWhereNoUnitAnswers() {
        Figure figure = RollUp.ofLevel(CARED_FOR, Set.of(), answers, own);
        Figure nothingTyped = RollUp.ofLevel(CARED_FOR, Set.of(), answers, Optional.empty());

        assertThat(figure.numerator()).isEqualTo(590);
        assertThat(figure.denominator()).isEqualTo(600);
        assertThat(figure.sources()).containsExactly(own.get());
        assertThat(nothingTyped.hasData()).isFalse();
    }

    @Test
    void aResponsibleUnitThatHasNotAnsweredAddsNothingAndOthersAreNotTakenInstead() {
        Figure figure = RollUp.ofLevel(INJURY_DEATHS, Set.of(JUSTICE_OFFICE), answers, own);

        assertThat(figure.sources()).isEmpty();
        assertThat(figure.hasData()).isFalse();
    }

    @Test
    void theSourceFollowsFromTheResponsibleUnitsAndAreasWithOfficesIsRefused() {
        OrgUnit commune = new OrgUnit(COMMUNE_A, DISTRICT, OrgUnitKind.AREA, "COMMUNE", null, "Xã A", true, null, null);
        OrgUnit office = new OrgUnit(EDUCATION_OFFICE, DISTRICT, OrgUnitKind.AGENCY, null, "EDUCATION",
                "Phòng Giáo dục", true, null, null);

        assertThat(FigureSource.of(List.of())).isEqualTo(FigureSource.OWN);
        assertThat(FigureSource.of(List.of(commune))).isEqualTo(FigureSource.AREAS);
        assertThat(FigureSource.of(List.of(office))).isEqualTo(FigureSource.UNITS);
        assertThat(FigureSource.of(List.of(commune, office))).isNull();
    }

    private static RollUp.Answer answer(long orgUnitId, boolean consolidated, long numerator, long denominator) {
        return new RollUp.Answer(orgUnitId, new Contribution(orgUnitId, consolidated, "Đơn vị " + orgUnitId,
                numerator, denominator));
    }
}
