package org.homeward.statistics.hxl;

/** One column of an HXL-tagged table: the header people read and the hashtag machines read. */
public record HxlColumn(String header, HxlHashtag hashtag) {

    public static HxlColumn of(String header, String hashtag) {
        return new HxlColumn(header, HxlHashtag.of(hashtag));
    }
}
