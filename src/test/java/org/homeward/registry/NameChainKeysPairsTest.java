package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairs a two-part name search asks for: a given name's spelling keys with another part's, one script at a time. */
class NameChainKeysPairsTest {

    @Test
    void everyGivenKeyMeetsEveryOtherKeyOfItsOwnScriptAndNoOther() {
        List<String> pairs =
                NameChainKeys.pairs(List.of("gv:mustafa", "gv:مصطفى", "gv:mostafa"), List.of("lv:muhamad", "lv:محمد"));

        assertThat(pairs).containsExactly("gv:mustafa|lv:muhamad", "gv:مصطفى|lv:محمد", "gv:mostafa|lv:muhamad");
    }

    @Test
    void noKeysOnEitherSideMeanNoPairs() {
        assertThat(NameChainKeys.pairs(List.of(), List.of("fv:ahmad"))).isEmpty();
        assertThat(NameChainKeys.pairs(List.of("gv:ahmad"), List.of())).isEmpty();
    }
}
