package org.homeward.linkage;

import java.util.List;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.NameKeys;
import org.springframework.stereotype.Component;

/** The registry's search keys from the linkage engine's consonant skeletons. */
@Component
class CrossScriptNameKeys implements NameKeys {

    @Override
    public List<String> ofChain(String given, String father, String grandfather, String family) {
        return SearchKeys.ofChain(given, father, grandfather, family);
    }

    @Override
    public List<String> ofQueryWord(String word) {
        return SearchKeys.ofQueryWord(word);
    }
}
