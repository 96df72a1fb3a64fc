package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import vn.congtactreem.document.OfficialDocument;

/** The draft page's dialogs (the document's preview, "copy last year's plan?"), its headings, its fields' labels and texts. */
final class DraftDialogs {

    private DraftDialogs() {
    }

    /** Each field labelled "plan.field.&lt;name&gt;". */
    static void label(Map<? extends HasLabel, String> fields) {
        fields.forEach((field, name) -> field.setLabel(translate("plan.field." + name)));
    }

    /** Each field showing its text (empty for none). */
    static void fill(List<? extends HasValue<?, String>> fields, String... texts) {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setValue(texts[i] == null ? "" : texts[i]);
        }
    }

    /** The plan as it will be issued, in a dialog. */
    static void preview(OfficialDocument document) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(translate("plan.draft.preview"));
        dialog.add(new PlanDocumentView(document));
        dialog.getFooter().add(new Button(translate("action.close"), e -> dialog.close()));
        dialog.setWidth("min(60rem, 96vw)");
        dialog.open();
    }

    /** Asks before last year's plan replaces the draft; {@code copy} runs on "OK". */
    static void confirmCopy(String heading, Runnable copy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        dialog.add(new Paragraph(translate("plan.draft.copyConfirm")));
        Button confirm = new Button(translate("plan.draft.copyConfirm.ok"), e -> {
            dialog.close();
            copy.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(translate("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** A section's heading on the draft page. */
    static H3 section(String key) {
        H3 heading = new H3(translate(key));
        heading.addClassName("draft-section-title");
        return heading;
    }

    /** "2024" or "2021–2030". */
    static String years(vn.congtactreem.plan.Plan plan) {
        return plan.multiYear() ? plan.yearFrom() + "–" + plan.yearTo() : String.valueOf(plan.yearFrom());
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
