package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a search is asked for with a GET: its criteria (names, phones, document numbers) would
 * sit in the URL, and so in proxies' and servers' logs and in the browser's history.
 */
class SearchCriteriaInUrlException extends ProblemException {

    SearchCriteriaInUrlException() {
        super("Search with POST /api/v1/households/search and the criteria in a JSON body "
                + "({\"name\":…, \"document\":…, \"phone\":…, \"page\":0, \"size\":20}); criteria never go in a URL");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.SEARCH_CRITERIA_IN_URL;
    }
}
