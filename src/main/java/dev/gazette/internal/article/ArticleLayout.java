package dev.gazette.internal.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.Span;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the layout of an article's text says: header fields, paragraphs, lead and its repeat, and
 * related-link headlines. All spans are offsets into the original text.
 *
 * @param relatedLinks each related-link headline, without its marker words
 * @param relatedLinkMarkers the marker words ("read also", "See also") of each headline, parallel to
 *     {@code relatedLinks}
 */
public record ArticleLayout(
    Optional<Span> header,
    ImmutableMap<String, String> metadata,
    Optional<LocalDate> date,
    Optional<String> title,
    ImmutableList<Span> paragraphs,
    Optional<Span> lead,
    Optional<Span> leadRepeat,
    ImmutableList<Span> relatedLinks,
    ImmutableList<Span> relatedLinkMarkers) {}
