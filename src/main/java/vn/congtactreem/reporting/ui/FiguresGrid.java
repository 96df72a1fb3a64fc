package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Numbers;
import vn.congtactreem.reporting.TargetFigure;

/**
 * The targets with their figures, as the system rolled them up: requirement, figure (rate with its
 * numerator and denominator), where it stands, last year's figure, and — opening a row — the reports
 * each figure came from, linked.
 */
class FiguresGrid extends Grid<TargetFigure> {

    FiguresGrid(List<TargetFigure> figures) {
        super(TargetFigure.class, false);
        addClassName("figures-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(t -> t.target().number()).setHeader(getTranslation("figures.column.number")).setWidth("3.5em")
                .setFlexGrow(0);
        addColumn(t -> t.target().indicator().code() + " — " + (t.target().wording() == null
                ? t.target().indicator().name() : t.target().wording()))
                .setHeader(getTranslation("figures.column.indicator")).setWidth("12rem").setFlexGrow(4);
        addColumn(t -> t.target().milestoneYear() + ": " + t.target().requirement())
                .setHeader(getTranslation("figures.column.target")).setWidth("8rem").setFlexGrow(1);
        addColumn(t -> Figure.cell(t.figure())).setHeader(getTranslation("figures.column.figure")).setWidth("7.5rem")
                .setFlexGrow(1);
        addComponentColumn(t -> StatusBadge.of(t.status())).setHeader(getTranslation("figures.column.status"))
                .setWidth("9.5rem").setFlexGrow(0);
        addColumn(t -> Figure.cell(t.lastYear())).setHeader(getTranslation("figures.column.lastYear")).setWidth("6.5rem")
                .setFlexGrow(1);
        addColumn(t -> getTranslation("figures.source." + t.target().source().name(), t.target().responsibleNames()))
                .setHeader(getTranslation("figures.column.source")).setWidth("8rem").setFlexGrow(2);
        addColumn(t -> getTranslation("figures.sources", t.figure().sources().size()))
                .setHeader(getTranslation("figures.column.sources")).setWidth("5.5rem").setFlexGrow(0);
        setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::sources));
        setDetailsVisibleOnClick(true);
        setItems(figures);
        setAllRowsVisible(true);
    }

    private Div sources(TargetFigure figure) {
        Div list = new Div();
        list.addClassName("figure-sources");
        if (figure.figure().sources().isEmpty()) {
            list.add(new Span(getTranslation("figures.noSources")));
        }
        boolean rate = figure.target().indicator().measure().isRate();
        for (Contribution c : figure.figure().sources()) {
            Div line = new Div();
            line.add(new Anchor(c.link(), c.orgUnitName()));
            line.add(new Span(": " + Numbers.format(c.numerator()) + (rate ? "/" + Numbers.format(c.denominator())
                    : "")));
            list.add(line);
        }
        return list;
    }

}
