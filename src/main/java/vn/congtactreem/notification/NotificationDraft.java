package vn.congtactreem.notification;

import java.util.List;

/**
 * A notification before it has recipients: what it says, what it is about, where it leads, and to
 * whom (audiences, resolved to users when it is recorded). {@code notify} decides nothing else.
 * {@code excludedUsername}: the person whose own action caused it (not told about it), or null.
 * {@code topic}: what the bell groups it under (the period it is about), or null.
 */
public record NotificationDraft(NotificationKind kind, String subjectId, String discriminator, String link,
                                Text title, Text body, List<Audience> audiences, String excludedUsername,
                                Text topic) {

    public NotificationDraft(NotificationKind kind, String subjectId, String discriminator, String link,
                             Text title, Text body, List<Audience> audiences, String excludedUsername) {
        this(kind, subjectId, discriminator, link, title, body, audiences, excludedUsername, null);
    }

    public NotificationDraft {
        discriminator = discriminator == null ? "" : discriminator;
        audiences = List.copyOf(audiences);
    }

    public NotificationDraft(NotificationKind kind, Object subjectId, String discriminator, String link, Text title,
                             Text body, List<Audience> audiences) {
        this(kind, String.valueOf(subjectId), discriminator, link, title, body, audiences, null, null);
    }

    /** The same draft, grouped in the bell under {@code newTopic}. */
    public NotificationDraft about(Text newTopic) {
        return new NotificationDraft(kind, subjectId, discriminator, link, title, body, audiences, excludedUsername,
                newTopic);
    }
}
