package vn.congtactreem.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.notification.internal.DigestStore;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * A notification as a mail: subject "[Công tác trẻ em] …", a plain-text and an HTML part with the
 * greeting, the message and a link straight to the page ({@code app.base-url} + the row's link),
 * in the language the row was written in. A daily digest lists its notifications by kind, each
 * with its link.
 */
@Component
public class MailComposer {

    /** Header carrying the outbox row's id: a mail received twice can be recognised as one. */
    public static final String NOTIFICATION_ID_HEADER = "X-Cong-Tac-Tre-Em-Notification";

    private final TranslationProvider translations;
    private final UserService users;
    private final String baseUrl;
    private final String from;
    private final DigestStore store;

    public MailComposer(TranslationProvider translations, UserService users, DigestStore store,
                        @Value("${app.base-url:http://localhost:8080}") String baseUrl,
                        @Value("${app.mail.from:no-reply@congtactreem.local}") String from) {
        this.translations = translations;
        this.users = users;
        this.store = store;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    public MimeMessage compose(JavaMailSender sender, Notification row) throws MessagingException {
        Locale locale = Locale.forLanguageTag(row.locale());
        String name = users.find(row.recipientId()).map(UserAccount::fullName).orElse("");
        String greeting = t("notification.mail.greeting", locale, name);
        String footer = t("notification.mail.footer", locale);
        Content content = row.kind() == NotificationKind.DAILY_DIGEST ? digest(row, locale) : single(row, locale);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
        mail.setFrom(from);
        mail.setTo(row.mailTo());
        mail.setSubject(t("notification.mail.subject", locale, t("app.title", locale), row.title()));
        String text = greeting + "\n\n" + content.text() + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a\">"
                + "<p>" + esc(greeting) + "</p>" + content.html()
                + "<hr><p style=\"font-size:12px;color:#777\">" + esc(footer) + "</p></body></html>";
        mail.setText(text, html);
        message.setHeader(NOTIFICATION_ID_HEADER, String.valueOf(row.id()));
        return message;
    }

    /** The part between greeting and footer, as plain text and as HTML. */
    private record Content(String text, String html) {
    }

    /** One notification: its message and a button to its page. */
    private Content single(Notification row, Locale locale) {
        String url = url(row.link());
        String open = t("notification.mail.open", locale);
        return new Content(row.body() + "\n\n" + open + ": " + url,
                "<p>" + esc(row.body()).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + esc(url) + "\" style=\"display:inline-block;padding:8px 16px;background:#1565c0;"
                + "color:#ffffff;text-decoration:none;border-radius:4px\">" + esc(open) + "</a></p>"
                + "<p style=\"font-size:13px;color:#555\">" + esc(url) + "</p>");
    }

    /** The day's digest: its notifications grouped by kind, each with a link to its page. */
    private Content digest(Notification digest, Locale locale) {
        List<Notification> rows = store.inDigest(digest.id());
        String intro = t("notification.digest.intro", locale, rows.size());
        StringBuilder text = new StringBuilder(intro).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(esc(intro)).append("</p>");
        DailyDigest.byKind(rows).forEach((kind, ofKind) -> {
            String group = t("notification.digest.group", locale, t("notification.kind." + kind.name(), locale),
                    ofKind.size());
            text.append("\n").append(group).append("\n");
            html.append("<h3 style=\"font-size:16px;margin:16px 0 4px\">").append(esc(group)).append("</h3><ul>");
            for (Notification row : ofKind) {
                String url = url(row.link());
                text.append("- ").append(row.title()).append(": ").append(url).append("\n");
                html.append("<li><a href=\"").append(esc(url)).append("\">").append(esc(row.title()))
                        .append("</a></li>");
            }
            html.append("</ul>");
        });
        String all = url(digest.link());
        String seeAll = t("notification.digest.all", locale);
        text.append("\n").append(seeAll).append(": ").append(all);
        html.append("<p style=\"font-size:13px;color:#555\">").append(esc(seeAll)).append(": <a href=\"")
                .append(esc(all)).append("\">").append(esc(all)).append("</a></p>");
        return new Content(text.toString(), html.toString());
    }

    /** The page's full address, e.g. http://localhost:8080/reports/12. */
    public String url(String link) {
        return link == null || link.isBlank() ? baseUrl + "/" : baseUrl + "/" + link;
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
