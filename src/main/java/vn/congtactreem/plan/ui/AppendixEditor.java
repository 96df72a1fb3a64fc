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
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.base.ui.FieldErrors;

/**
 * "Phụ lục, biểu mẫu": the draft's forms, each a card ({@link AppendixFormCard}); saved with its own button,
 * the service's errors ("forms[i].columns[j].label") shown on their field, nothing typed lost on an error.
 */
class AppendixEditor extends Composite<VerticalLayout> {

    final FieldErrors errors = new FieldErrors(this);
    final List<AppendixFormCard> cards = new ArrayList<>();
    final VerticalLayout box = new VerticalLayout();
    final Button add = new Button();
    final Button save = new Button();
    final Button takeFromUpper = new Button();
    private final Function<List<FormDraft>, List<AppendixForm>> saver;

    AppendixEditor(List<AppendixForm> forms, Function<List<FormDraft>, List<AppendixForm>> saver,
                   Supplier<List<AppendixForm>> taker, boolean upperInSystem) {
        this.saver = saver;
        box.setPadding(false);
        add.setText(getTranslation("appendix.editor.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            AppendixFormCard card = addCard(null);
            card.title.focus();
        });
        save.setText(getTranslation("appendix.editor.save"));
        save.addClickListener(e -> save());
        takeFromUpper.setText(getTranslation("appendix.editor.takeFromUpper"));
        takeFromUpper.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        takeFromUpper.setVisible(upperInSystem);
        takeFromUpper.addClickListener(e -> errors.attempt(() -> saver.apply(drafts()))
                .flatMap(saved -> errors.attempt(taker)).ifPresent(taken -> {
                    show(taken);
                    done("appendix.done.taken");
                }));
        show(forms);
        HorizontalLayout buttons = new HorizontalLayout(add, takeFromUpper, save);
        buttons.setWrap(true);
        getContent().setPadding(false);
        getContent().add(box, errors.formError(), buttons);
    }

    List<FormDraft> drafts() {
        return cards.stream().map(AppendixFormCard::draft).toList();
    }

    boolean save() {
        return errors.attempt(() -> saver.apply(drafts())).map(saved -> {
            // new forms, rows and columns got their ids and keys: the next save keeps them
            for (int i = 0; i < saved.size() && i < cards.size(); i++) {
                cards.get(i).adopt(saved.get(i));
            }
            done("appendix.done.saved");
            return true;
        }).orElse(false);
    }

    private void show(List<AppendixForm> forms) {
        cards.clear();
        box.removeAll();
        forms.forEach(this::addCard);
    }

    private AppendixFormCard addCard(AppendixForm form) {
        AppendixFormCard card = new AppendixFormCard(form, this::remove);
        cards.add(card);
        box.add(card);
        rebind();
        return card;
    }

    private void remove(AppendixFormCard card) {
        cards.remove(card);
        box.remove(card);
        rebind();
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
