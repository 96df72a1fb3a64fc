package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.FieldErrors;

/**
 * "Phụ lục, biểu mẫu": the draft's forms, each a card ({@link AppendixFormCard}); saved on every change like the
 * rest of the draft. A refused save ("forms[i].columns[j].label") shows the error next to its field without
 * moving the cursor, keeps everything typed on screen and the forms last saved in the plan; the rest of the
 * draft is saved on its own.
 */
class AppendixEditor extends Composite<VerticalLayout> {

    final FieldErrors errors = new FieldErrors(this);
    final List<AppendixFormCard> cards = new ArrayList<>();
    final VerticalLayout box = new VerticalLayout();
    final Button add = new Button();
    final Button takeFromUpper = new Button();
    private final Function<List<FormDraft>, List<AppendixForm>> saver;
    private final Runnable onAutosaved;

    /** {@code onAutosaved}: told after each change saved (the draft's "Đã tự động lưu lúc …"). */
    AppendixEditor(List<AppendixForm> forms, Function<List<FormDraft>, List<AppendixForm>> saver,
                   Supplier<List<AppendixForm>> taker, boolean upperInSystem, Runnable onAutosaved) {
        this.saver = saver;
        this.onAutosaved = onAutosaved;
        box.setPadding(false);
        add.setText(getTranslation("appendix.editor.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            AppendixFormCard card = addCard(null);
            card.title.focus();
        });
        takeFromUpper.setText(getTranslation("appendix.editor.takeFromUpper"));
        takeFromUpper.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        takeFromUpper.setVisible(upperInSystem);
        takeFromUpper.addClickListener(e -> errors.attempt(() -> saver.apply(drafts()))
                .flatMap(saved -> errors.attempt(taker)).ifPresent(taken -> {
                    show(taken);
                    done("appendix.done.taken");
                }));
        show(forms);
        HorizontalLayout buttons = new HorizontalLayout(add, takeFromUpper);
        buttons.setWrap(true);
        getContent().setPadding(false);
        getContent().add(box, errors.formError(), buttons);
    }

    List<FormDraft> drafts() {
        return cards.stream().map(AppendixFormCard::draft).toList();
    }

    /** Saves the forms as they are ("Lưu nháp", before sending): the first error gets the cursor; false then. */
    boolean save() {
        return errors.attempt(() -> saver.apply(drafts())).map(saved -> {
            adopt(saved);
            return true;
        }).orElse(false);
    }

    /** Saves after a change; an error is shown next to its field, the cursor stays where the officer types. */
    void autosave() {
        try {
            adopt(saver.apply(drafts()));
            errors.clear();
            onAutosaved.run();
        } catch (ConflictException | ConcurrencyFailureException e) {
            errors.showConflict(e);
        } catch (ValidationException e) {
            errors.show(e, false);
        }
    }

    /** New forms, rows and columns got their ids and keys: the next save keeps them. */
    private void adopt(List<AppendixForm> saved) {
        for (int i = 0; i < saved.size() && i < cards.size(); i++) {
            cards.get(i).adopt(saved.get(i));
        }
    }

    private void show(List<AppendixForm> forms) {
        cards.clear();
        box.removeAll();
        forms.forEach(this::addCard);
    }

    private AppendixFormCard addCard(AppendixForm form) {
        AppendixFormCard card = new AppendixFormCard(form, this::remove, this::autosave);
        cards.add(card);
        box.add(card);
        rebind();
        return card;
    }

    private void remove(AppendixFormCard card) {
        cards.remove(card);
        box.remove(card);
        rebind();
        autosave();
    }

    private void rebind() {
        errors.unbindPrefix("forms[");
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).bind(errors, "forms[" + i + "].", i + 1);
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
