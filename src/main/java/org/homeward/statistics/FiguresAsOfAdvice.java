package org.homeward.statistics;

import org.homeward.database.FiguresAsOf;
import org.homeward.database.FiguresDatabase;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the statistics pages how current their figures are when they read a replica. Read before the
 * page's figures, so that the time shown is never later than what they hold.
 */
@ControllerAdvice(assignableTypes = {StatisticsPageController.class, PublishedFigurePageController.class})
class FiguresAsOfAdvice {

    private final FiguresDatabase figures;

    FiguresAsOfAdvice(FiguresDatabase figures) {
        this.figures = figures;
    }

    /** Null without a replica: the page then says nothing, as its figures are the primary's own. */
    @ModelAttribute("figuresAsOf")
    FiguresAsOf figuresAsOf() {
        return figures.asOf().orElse(null);
    }
}
