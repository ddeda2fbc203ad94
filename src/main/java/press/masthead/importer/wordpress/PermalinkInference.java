package press.masthead.importer.wordpress;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.site.ArticlePattern;
import press.masthead.web.BadRequestException;
import press.masthead.web.RequestPaths;

/**
 * Works out the old site's post URL structure from the links of its published posts: each link is written back as a
 * pattern ({@code /{yyyy}/{mm}/{slug}/}), and when every post agrees on one that Masthead's article URL pattern can
 * express, the site can keep its URLs unchanged.
 */
final class PermalinkInference {
    private static final int MAX_SHAPES = 8;
    private final Map<String, Integer> shapes = new LinkedHashMap<>();
    private int posts;

    void observe(WxrItem item, OldSite site) {
        if (!WxrItem.POST.equals(item.postType()) || !"publish".equals(item.status()) || item.link().isEmpty()) {
            return;
        }
        Optional<URI> link = OldSite.parse(item.link());
        if (link.isEmpty() || !site.isOwn(link.get())) {
            return;
        }
        posts++;
        String shape = shapeOf(link.get(), item);
        if (shapes.containsKey(shape) || shapes.size() < MAX_SHAPES) {
            shapes.merge(shape, 1, Integer::sum);
        }
    }

    private static String shapeOf(URI link, WxrItem item) {
        if (link.getRawQuery() != null && !link.getRawQuery().isEmpty()) {
            return "/?" + link.getRawQuery().replaceAll("[0-9]+", "{number}");
        }
        List<String> segments;
        try {
            segments = RequestPaths.segments(link.getRawPath() == null ? "/" : link.getRawPath());
        } catch (BadRequestException e) {
            return "(unreadable)";
        }
        String slug = PostNames.decode(item.postName());
        LocalDateTime date = WxrDates.local(item.postDate()).orElse(null);
        List<String> shape = new ArrayList<>();
        // Year, month and day come in that order in every WordPress structure; reading them in order keeps a day
        // that equals the month (03/03), or a year that equals the post id, from being taken for the other.
        int nextDatePart = 0;
        for (String segment : segments) {
            if (!slug.isEmpty() && segment.equals(slug)) {
                shape.add("{slug}");
            } else if (date != null && nextDatePart == 0 && segment.equals(String.format("%04d", date.getYear()))) {
                shape.add("{yyyy}");
                nextDatePart = 1;
            } else if (date != null && nextDatePart <= 1 && segment.equals(String.format("%02d", date.getMonthValue()))) {
                shape.add("{mm}");
                nextDatePart = 2;
            } else if (date != null && nextDatePart <= 2 && segment.equals(String.format("%02d", date.getDayOfMonth()))) {
                shape.add("{dd}");
                nextDatePart = 3;
            } else if (segment.equals(item.postId())) {
                shape.add("{post_id}");
            } else {
                shape.add(segment);
            }
        }
        return "/" + String.join("/", shape) + (shape.isEmpty() ? "" : "/");
    }

    /** The pattern to keep the old URLs with, when there is one. */
    Optional<String> pattern() {
        if (shapes.size() != 1) {
            return Optional.empty();
        }
        String shape = shapes.keySet().iterator().next();
        if (shape.contains("?") || shape.contains("{post_id}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArticlePattern.parse(shape).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why the old URLs cannot be kept, for the report; empty when they can or there were no posts to judge by. */
    String whyNotKeepable() {
        if (posts == 0 || pattern().isPresent()) {
            return "";
        }
        if (shapes.size() > 1) {
            return "the old post URLs follow " + (shapes.size() >= MAX_SHAPES ? "many" : shapes.size())
                    + " different shapes (" + String.join(", ", shapes.keySet().stream().limit(3).toList())
                    + "), more than one article URL pattern can express";
        }
        String shape = shapes.keySet().iterator().next();
        if (shape.contains("{post_id}")) {
            return "the old post URLs hold WordPress's post ids (" + shape + "), which Masthead's ids do not repeat";
        }
        if (shape.contains("?")) {
            return "the old post URLs are query addresses (" + shape + ")";
        }
        return "the old post URLs (" + shape + ") do not fit an article URL pattern, which needs {slug} or {id}"
                + " and whole-segment placeholders";
    }
}
