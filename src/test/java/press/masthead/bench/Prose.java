package press.masthead.bench;

import java.util.List;
import java.util.Random;

/**
 * Writes news-shaped text from {@link Vocabulary} with a seeded {@link Random}: the same seed, the same words.
 * An article body is about 800 words of Markdown: two paragraphs of introduction, then three sections under
 * {@code ##} headings, with an attributed quotation in the second, a link and some emphasis.
 */
final class Prose {
    private static final int SECTIONS = 3;
    private static final int PARAGRAPHS_PER_SECTION = 3;
    private static final int MIN_PARAGRAPH_WORDS = 55;
    private static final int MAX_PARAGRAPH_WORDS = 85;

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    String headline() {
        StringBuilder headline = new StringBuilder(capitalized(pick(Vocabulary.NOUNS)));
        int words = 5 + random.nextInt(5);
        for (int i = 1; i < words; i++) {
            headline.append(' ').append(i % 3 == 0 ? pick(Vocabulary.NOUNS) : pick(Vocabulary.WORDS));
        }
        return headline.toString();
    }

    /** One sentence: short enough to be its own excerpt (under 200 characters). */
    String standfirst() {
        return sentence(14 + random.nextInt(8));
    }

    String body() {
        StringBuilder body = new StringBuilder();
        paragraph(body);
        paragraph(body);
        for (int section = 1; section <= SECTIONS; section++) {
            body.append("## ").append(capitalized(pick(Vocabulary.NOUNS))).append(' ').append(pick(Vocabulary.WORDS))
                    .append(' ').append(pick(Vocabulary.NOUNS)).append("\n\n");
            for (int p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
                paragraph(body);
                if (section == 2 && p == 0) {
                    quotation(body);
                }
            }
        }
        return body.toString();
    }

    String personName() {
        return pick(Vocabulary.FIRST_NAMES) + " " + pick(Vocabulary.LAST_NAMES);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private void paragraph(StringBuilder body) {
        int words = MIN_PARAGRAPH_WORDS + random.nextInt(MAX_PARAGRAPH_WORDS - MIN_PARAGRAPH_WORDS + 1);
        while (words > 0) {
            int length = Math.min(words, 8 + random.nextInt(12));
            String sentence = sentence(length);
            int decoration = random.nextInt(12);
            if (decoration == 0) {
                String noun = pick(Vocabulary.NOUNS);
                sentence = sentence.substring(0, sentence.length() - 1) + " near the [" + noun
                        + "](https://example.org/" + noun + "/).";
            } else if (decoration == 1) {
                sentence = sentence.substring(0, sentence.length() - 1) + ", *" + pick(Vocabulary.WORDS) + "*.";
            }
            body.append(sentence).append(words > length ? " " : "\n\n");
            words -= length;
        }
    }

    private void quotation(StringBuilder body) {
        body.append("> ").append(sentence(18 + random.nextInt(10))).append("\n>\n> — ").append(personName())
                .append(", ").append(pick(Vocabulary.ROLES)).append("\n\n");
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder(capitalized(pick(Vocabulary.WORDS)));
        for (int i = 1; i < words; i++) {
            sentence.append(i % 7 == 0 ? ", " : " ").append(pick(Vocabulary.WORDS));
        }
        return sentence.append('.').toString();
    }

    static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
