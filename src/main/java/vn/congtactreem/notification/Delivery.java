package vn.congtactreem.notification;

/** When a user wants the mail of a kind of notification: at once, or in one mail a day. */
public enum Delivery {
    IMMEDIATE,
    DAILY_DIGEST
}
