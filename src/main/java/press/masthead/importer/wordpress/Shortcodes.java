package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WordPress's media shortcodes into the HTML Masthead keeps: {@code [caption]} into a figure with its caption,
 * {@code [gallery]} into a figure of figures, {@code [embed]} into a link figure, {@code [audio]} and
 * {@code [video]} into players with controls. Any other shortcode stays as text (a theme or plugin drew it, and
 * nothing here can) and its name goes to the report. {@code [[name]]} is WordPress's way to write a shortcode as
 * text, and becomes {@code [name]}.
 */
final class Shortcodes {
    private static final Pattern OPEN = Pattern.compile("\\[(\\[?)([A-Za-z][\\w-]*)((?:\\s[^\\[\\]]*?)?)(/?)\\]");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern LEADING_IMAGE = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)([?#].*)?");

    private final ExportSurvey survey;
    private final Map<String, Function<Shortcode, String>> converters = Map.of(
            "caption", this::caption,
            "wp_caption", this::caption,
            "gallery", this::gallery,
            "embed", this::embed,
            "audio", this::audio,
            "video", this::video);
    private String postId = "";
    private ConversionNotes notes;

    Shortcodes(ExportSurvey survey) {
        this.survey = survey;
    }

    /** The content with known shortcodes converted; unknown ones and problems are added to {@code notes}. */
    String convert(String content, String itemPostId, ConversionNotes itemNotes) {
        this.postId = itemPostId;
        this.notes = itemNotes;
        StringBuilder out = new StringBuilder();
        Matcher open = OPEN.matcher(content);
        int position = 0;
        while (position < content.length() && open.find(position)) {
            out.append(content, position, open.start());
            String name = open.group(2);
            boolean escaped = "[".equals(open.group(1));
            if (escaped && open.end() < content.length() && content.charAt(open.end()) == ']') {
                out.append(open.group().substring(1));
                position = open.end() + 1;
                continue;
            }
            if (escaped) {
                out.append('[');
                position = open.start() + 1;
                continue;
            }
            Function<Shortcode, String> converter = converters.get(name);
            if (converter == null) {
                if (UNKNOWN_NAME.matcher(name).matches()) {
                    notes.unknownShortcode(name);
                }
                out.append(open.group());
                position = open.end();
                continue;
            }
            int end = open.end();
            String inner = "";
            String closing = "[/" + name + "]";
            int close = "/".equals(open.group(4)) ? -1 : content.indexOf(closing, end);
            if (close >= 0) {
                inner = content.substring(end, close);
                end = close + closing.length();
            }
            out.append(converter.apply(Shortcode.of(name, open.group(3), inner)));
            position = end;
        }
        if (position < content.length()) {
            out.append(content, position, content.length());
        }
        return out.toString();
    }

    private String caption(Shortcode shortcode) {
        Matcher image = LEADING_IMAGE.matcher(shortcode.content());
        if (!image.matches()) {
            return shortcode.content();
        }
        String captionAttribute = shortcode.attribute("caption");
        String caption = captionAttribute.isEmpty() ? image.group(2).strip() : Html.text(captionAttribute);
        return "<figure>" + image.group(1).strip()
                + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>";
    }

    private String gallery(Shortcode shortcode) {
        String ids = shortcode.attribute("ids").isEmpty() ? shortcode.attribute("include") : shortcode.attribute("ids");
        List<Attachment> images = new ArrayList<>();
        if (ids.isEmpty()) {
            survey.attachedTo(postId).stream().filter(a -> IMAGE_FILE.matcher(a.url()).matches()).forEach(images::add);
        } else {
            for (String id : ids.split(",")) {
                Optional<Attachment> attachment = survey.attachment(id.strip());
                if (attachment.isPresent()) {
                    images.add(attachment.get());
                } else {
                    notes.problem("[gallery] shows attachment " + id.strip() + ", which is not in the file");
                }
            }
        }
        if (images.isEmpty()) {
            notes.problem("[gallery] has no images to show; left out");
            return "";
        }
        StringBuilder figure = new StringBuilder("<figure class=\"gallery\">");
        for (Attachment image : images) {
            figure.append("<figure><img src=\"").append(Html.attribute(image.url())).append("\" alt=\"")
                    .append(Html.attribute(image.alt())).append("\">");
            if (!image.caption().isBlank()) {
                figure.append("<figcaption>").append(Html.text(image.caption().strip())).append("</figcaption>");
            }
            figure.append("</figure>");
        }
        return figure.append("</figure>").toString();
    }

    private String embed(Shortcode shortcode) {
        String url = shortcode.content().isBlank() ? shortcode.firstOf("src", "url") : shortcode.content().strip();
        if (url.isEmpty()) {
            notes.problem("[embed] without a URL; left out");
            return "";
        }
        return Html.linkFigure("embed", url);
    }

    private String audio(Shortcode shortcode) {
        String url = shortcode.firstOf("src", "mp3", "m4a", "ogg", "wav", "wma", "flac");
        if (url.isEmpty()) {
            url = shortcode.content().strip();
        }
        if (url.isEmpty()) {
            notes.problem("[audio] without a file; left out");
            return "";
        }
        return "<figure class=\"audio\">" + player("audio", url, "") + "</figure>";
    }

    private String video(Shortcode shortcode) {
        String url = shortcode.firstOf("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mov");
        if (url.isEmpty()) {
            url = shortcode.content().strip();
        }
        if (url.isEmpty()) {
            notes.problem("[video] without a file; left out");
            return "";
        }
        StringBuilder extra = new StringBuilder();
        if (!shortcode.attribute("poster").isEmpty()) {
            extra.append(" poster=\"").append(Html.attribute(shortcode.attribute("poster"))).append('"');
        }
        for (String size : List.of("width", "height")) {
            if (DIGITS.matcher(shortcode.attribute(size)).matches()) {
                extra.append(' ').append(size).append("=\"").append(shortcode.attribute(size)).append('"');
            }
        }
        return "<figure class=\"video\">" + player("video", url, extra.toString()) + "</figure>";
    }

    /** A player with a plain link inside for browsers that cannot play the file. */
    private static String player(String element, String url, String extraAttributes) {
        String src = Html.attribute(url);
        return "<" + element + " controls preload=\"none\" src=\"" + src + "\"" + extraAttributes + "><a href=\""
                + src + "\">" + Html.text(url) + "</a></" + element + ">";
    }
}
