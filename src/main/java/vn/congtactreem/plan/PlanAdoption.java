package vn.congtactreem.plan;

import java.time.Instant;

/**
 * How a plan issued outside the system was registered ("Nhập kế hoạch đã ban hành"): by whom and
 * when, and its signed file (null if none was given). Its number, date and signer are the plan's own.
 */
public record PlanAdoption(long planId, Long signedFileId, Instant adoptedAt, String adoptedBy) {
}
