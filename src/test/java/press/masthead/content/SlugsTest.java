package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SlugsTest {

    @Test
    void an_english_headline_is_lowercased_with_punctuation_turned_into_single_hyphens() {
        assertThat(Slugs.from("  Budget 2025: Cuts, Taxes -- and (More)!  ", "article"))
                .isEqualTo("budget-2025-cuts-taxes-and-more");
    }

    @Test
    void apostrophes_join_the_word_instead_of_splitting_it() {
        assertThat(Slugs.from("The Mayor's plan: what’s next?", "article")).isEqualTo("the-mayors-plan-whats-next");
    }

    @Test
    void a_persian_headline_keeps_its_letters_and_a_zero_width_non_joiner_becomes_a_hyphen() {
        assertThat(Slugs.from("مقاله\u200Cهای تازه در تهران", "article")).isEqualTo("مقاله-های-تازه-در-تهران");
    }

    @Test
    void an_arabic_headline_keeps_its_letters_and_vowel_marks() {
        assertThat(Slugs.from("مرحبًا بالعالم!", "article")).isEqualTo("مرحبًا-بالعالم");
    }

    @Test
    void a_greek_headline_is_lowercased_and_keeps_its_accents() {
        assertThat(Slugs.from("Άρθρα για την ΕΛΛΆΔΑ", "article")).isEqualTo("άρθρα-για-την-ελλάδα");
    }

    @Test
    void a_chinese_headline_keeps_its_characters_and_full_width_punctuation_separates() {
        assertThat(Slugs.from("中文标题，你好世界。", "article")).isEqualTo("中文标题-你好世界");
    }

    @Test
    void mixed_scripts_keep_their_own_digits_and_full_width_digits_become_ascii() {
        assertThat(Slugs.from("COVID-19 در ایران ۱۴۰۲ and ２０２４", "article"))
                .isEqualTo("covid-19-در-ایران-۱۴۰۲-and-2024");
    }

    @Test
    void a_headline_of_emoji_only_falls_back() {
        assertThat(Slugs.from("🎉🔥 !!!", "article")).isEqualTo("article");
    }

    @Test
    void null_and_blank_text_fall_back() {
        assertThat(Slugs.from(null, "tag")).isEqualTo("tag");
        assertThat(Slugs.from(" \t ", "tag")).isEqualTo("tag");
    }

    @Test
    void a_long_headline_is_cut_at_the_last_whole_word_within_the_cap() {
        String slug = Slugs.from("word ".repeat(30), "article");

        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_CODE_POINTS);
        assertThat(slug).isEqualTo("word" + "-word".repeat(15)).matches("(word-)*word");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void a_cut_never_goes_past_the_cap_even_when_a_new_word_starts_just_before_it() {
        String slug = Slugs.from("x".repeat(Slugs.MAX_CODE_POINTS - 1) + " abc", "article");

        assertThat(slug).isEqualTo("x".repeat(Slugs.MAX_CODE_POINTS - 1));
    }

    @Test
    void a_long_word_without_breaks_is_cut_hard_at_the_cap() {
        String slug = Slugs.from("short " + "長".repeat(100), "article");

        assertThat(slug).isEqualTo("short-" + "長".repeat(Slugs.MAX_CODE_POINTS - 6));
    }

    @Test
    void a_headline_exactly_at_the_cap_is_kept_whole() {
        String headline = "word-".repeat(15) + "wordy";

        assertThat(Slugs.from(headline, "article")).isEqualTo(headline);
    }

    @Test
    void letters_outside_the_basic_plane_count_as_one_code_point_each() {
        String slug = Slugs.from("𝒜".repeat(100), "article");

        assertThat(slug.codePointCount(0, slug.length())).isEqualTo(Slugs.MAX_CODE_POINTS);
    }

    @Test
    void unique_returns_the_base_while_it_is_free() {
        assertThat(Slugs.unique("budget", slug -> false)).isEqualTo("budget");
    }

    @Test
    void unique_counts_up_from_two() {
        Set<String> taken = Set.of("budget", "budget-2");
        assertThat(Slugs.unique("budget", taken::contains)).isEqualTo("budget-3");
        assertThat(Slugs.unique("budget", Set.of("budget")::contains)).isEqualTo("budget-2");
    }

    @Test
    void a_unique_slug_from_a_base_at_the_cap_stays_within_it_and_valid() {
        String base = Slugs.from("word ".repeat(30), "article");

        String second = Slugs.unique(base, Set.of(base)::contains);

        assertThat(second).isEqualTo("word" + "-word".repeat(14) + "-2");
        assertThat(Slugs.isValid(second)).isTrue();
        assertThat(Slugs.from(second, "article")).isEqualTo(second);
    }

    @Test
    void what_from_produces_is_valid() {
        assertThat(Slugs.isValid("the-mayors-plan")).isTrue();
        assertThat(Slugs.isValid("مقاله-های-تازه")).isTrue();
        assertThat(Slugs.isValid("中文标题")).isTrue();
        assertThat(Slugs.isValid("budget-2")).isTrue();
    }

    @Test
    void anything_from_would_change_is_not_valid() {
        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("Budget")).isFalse();
        assertThat(Slugs.isValid("budget--2025")).isFalse();
        assertThat(Slugs.isValid("-budget")).isFalse();
        assertThat(Slugs.isValid("budget-")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("مقاله\u200Cهای")).isFalse();
        assertThat(Slugs.isValid("..")).isFalse();
    }
}
