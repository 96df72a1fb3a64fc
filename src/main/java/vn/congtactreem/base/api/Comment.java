package vn.congtactreem.base.api;

/** Body of a return: why the draft or report goes back ({@code {"comment": "..."}}). */
public record Comment(String comment) {
}
