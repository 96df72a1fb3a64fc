package vn.congtactreem.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * A notification as a mail: subject "[Công tác trẻ em] …", a plain-text and an HTML part with the
 * greeting, the message and a link straight to the page ({@code app.base-url} + the row's link),
 * in the language the row was written in.
 */
@Component
public class MailComposer {

    /** Header carrying the outbox row's id: a mail received twice can be recognised as one. */
    public static final String NOTIFICATION_ID_HEADER = "X-Cong-Tac-Tre-Em-Notification";

    private final TranslationProvider translations;
    private final UserService users;
    private final String baseUrl;
    private final String from;

    public MailComposer(TranslationProvider translations, UserService users,
                        @Value("${app.base-url:http://localhost:8080}") String baseUrl,
                        @Value("${app.mail.from:no-reply@congtactreem.local}") String from) {
        this.translations = translations;
        this.users = users;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    public MimeMessage compose(JavaMailSender sender, Notification row) throws MessagingException {
        Locale locale = Locale.forLanguageTag(row.locale());
        String name = users.find(row.recipientId()).map(UserAccount::fullName).orElse("");
        String url = url(row.link());
        String greeting = t("notification.mail.greeting", locale, name);
        String open = t("notification.mail.open", locale);
        String footer = t("notification.mail.footer", locale);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
        mail.setFrom(from);
        mail.setTo(row.mailTo());
        mail.setSubject(t("notification.mail.subject", locale, t("app.title", locale), row.title()));
        String text = greeting + "\n\n" + row.body() + "\n\n" + open + ": " + url + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a\">"
                + "<p>" + esc(greeting) + "</p>"
                + "<p>" + esc(row.body()).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + esc(url) + "\" style=\"display:inline-block;padding:8px 16px;background:#1565c0;"
                + "color:#ffffff;text-decoration:none;border-radius:4px\">" + esc(open) + "</a></p>"
                + "<p style=\"font-size:13px;color:#555\">" + esc(url) + "</p>"
                + "<hr><p style=\"font-size:12px;color:#777\">" + esc(footer) + "</p></body></html>";
        mail.setText(text, html);
        message.setHeader(NOTIFICATION_ID_HEADER, String.valueOf(row.id()));
        return message;
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
