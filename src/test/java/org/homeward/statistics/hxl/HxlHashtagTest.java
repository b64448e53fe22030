package org.homeward.statistics.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HxlHashtagTest {

    @Test
    void readsATagWithItsAttributes() {
        HxlHashtag hashtag = HxlHashtag.of("#affected+returnees+f+ind");
        assertThat(hashtag.tag()).isEqualTo("affected");
        assertThat(hashtag.attributes()).containsExactly("returnees", "f", "ind");
        assertThat(hashtag).hasToString("#affected+returnees+f+ind");
    }

    @Test
    void acceptsSpacesBeforeAttributesAndAnyCaseAsHxlDoes() {
        assertThat(HxlHashtag.of(" #Adm1 +Name ")).hasToString("#adm1+name");
        assertThat(HxlHashtag.of("#country +asylum +code").attributes()).containsExactly("asylum", "code");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "affected",
                "#",
                "#1st",
                "#affected+",
                "#affected+1f",
                "# affected",
                "#affected-f",
                "#affected+f ind",
                "#adm1+na-me",
                "#تاريخ"
            })
    void refusesWhatIsNotAHashtag(String text) {
        assertThat(HxlHashtag.parse(text)).isEmpty();
        assertThatThrownBy(() -> HxlHashtag.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
