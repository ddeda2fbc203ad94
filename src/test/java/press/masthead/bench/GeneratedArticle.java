package press.masthead.bench;

import press.masthead.content.BodyRenderer.RenderedBody;

/** A generated article ready to store: what the generator wrote and its rendered body. */
record GeneratedArticle(ArticleSource source, RenderedBody body) {

    /**
     * Words as Masthead counts them for reading times. The generator's words are plain ASCII separated by spaces,
     * where counting whitespace-separated tokens gives the same number as Masthead's own count.
     */
    int wordCount() {
        return (source.standfirst() + " " + body.plainText()).strip().split("\\s+").length;
    }
}
