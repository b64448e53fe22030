package org.homeward.documentation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The protected documentation figures as JSON, for the dashboard and for anyone signed in. */
@RestController
class DocumentationFiguresApiController {

    private final DocumentationFigures figures;

    DocumentationFiguresApiController(DocumentationFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/documentation/figures")
    List<CaseFigureTable> figures() {
        return figures.tables();
    }
}
