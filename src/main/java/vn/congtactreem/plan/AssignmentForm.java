package vn.congtactreem.plan;

/** Which unit does what ("Trạm Y tế chủ trì các chỉ tiêu 3, 4, 5, 6"). */
public record AssignmentForm(Long orgUnitId, String duties) {
}
