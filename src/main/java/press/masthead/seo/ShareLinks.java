package press.masthead.seo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import press.masthead.site.model.ShareLink;

/**
 * Share links as plain URLs of each network's public share endpoint: no script and no request to the network
 * until the reader clicks.
 */
public final class ShareLinks {
    private ShareLinks() {
    }

    public static List<ShareLink> of(String absoluteUrl, String headline) {
        String url = encode(absoluteUrl);
        String title = encode(headline);
        String titleAndUrl = encode(headline + " " + absoluteUrl);
        return List.of(
                new ShareLink("x", "Share on X", "https://x.com/intent/post?url=" + url + "&text=" + title),
                new ShareLink("facebook", "Share on Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                new ShareLink("linkedin", "Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
                new ShareLink("reddit", "Share on Reddit", "https://www.reddit.com/submit?url=" + url + "&title=" + title),
                new ShareLink("whatsapp", "Share on WhatsApp", "https://wa.me/?text=" + titleAndUrl),
                new ShareLink("telegram", "Share on Telegram", "https://t.me/share/url?url=" + url + "&text=" + title),
                new ShareLink("bluesky", "Share on Bluesky", "https://bsky.app/intent/compose?text=" + titleAndUrl),
                new ShareLink("email", "Share by email", "mailto:?subject=" + title + "&body=" + titleAndUrl),
                new ShareLink("copy", "Copy link", absoluteUrl));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
