package vn.congtactreem.monitoring;

import java.util.List;

/** Units × periods of a plan. */
public record Matrix(List<PeriodChoice> periods, List<MatrixRow> rows) {
}
