package vn.congtactreem.notification;

/** A user's choice for one kind of notification; without a choice: mail on, immediately. */
public record Preference(NotificationKind kind, boolean mail, Delivery delivery) {

    public Preference {
        delivery = delivery == null ? Delivery.IMMEDIATE : delivery;
    }

    public static Preference byDefault(NotificationKind kind) {
        return new Preference(kind, true, Delivery.IMMEDIATE);
    }
}
