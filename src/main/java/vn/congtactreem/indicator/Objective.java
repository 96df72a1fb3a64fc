package vn.congtactreem.indicator;

/**
 * An objective of a plan, as the plan writes it: "Mục tiêu 2: Giảm tỷ suất trẻ em bị tai nạn, thương tích",
 * holding targets. Its number is its place in the plan (1, 2, …); the officer reorders objectives with arrows.
 */
public record Objective(int number, String title) {

    /** "Mục tiêu 2: …" in the plan's documents and screens. */
    public String heading() {
        return "Mục tiêu " + number + (title == null || title.isBlank() ? "" : ": " + title.strip());
    }
}
