package org.homeward.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Keeps posted forms from growing lists without end: a field such as {@code members[60].sex}
 * may name at most index {@link #MAX_LIST_INDEX} - 1 (a household has at most 40 members, a member
 * 12 needs). A higher index is refused as a bad form (400) instead of filling memory or failing.
 */
@ControllerAdvice
class FormBindingLimits {

    static final int MAX_LIST_INDEX = 64;

    @InitBinder
    void limitLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_LIST_INDEX);
    }
}
