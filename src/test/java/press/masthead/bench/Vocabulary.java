package press.masthead.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed words and names generated sites are written with. Fixed, so that a seed always gives the same site;
 * plain lower-case ASCII, so that word counts and slugs are the same in Masthead and in Hugo.
 */
final class Vocabulary {
    /** Things the news is about: headlines and tag names are made of these. */
    static final List<String> NOUNS = List.of(
            "council", "harbour", "budget", "tram", "ferry", "school", "hospital", "market", "bridge", "river",
            "station", "library", "museum", "theatre", "stadium", "factory", "office", "district", "village", "city",
            "mayor", "minister", "teacher", "nurse", "driver", "farmer", "artist", "student", "worker", "resident",
            "committee", "report", "plan", "vote", "debate", "meeting", "hearing", "inquiry", "decision", "proposal",
            "election", "campaign", "policy", "law", "court", "judge", "trial", "appeal", "verdict", "evidence",
            "company", "business", "shop", "bank", "price", "wage", "rent", "tax", "loan", "fund",
            "weather", "storm", "flood", "summer", "winter", "spring", "autumn", "season", "morning", "evening",
            "road", "street", "square", "park", "garden", "coast", "island", "valley", "hill", "forest",
            "water", "energy", "power", "heat", "light", "air", "ground", "field", "land", "sea",
            "team", "match", "league", "season", "coach", "player", "goal", "score", "win", "loss",
            "music", "film", "book", "festival", "concert", "exhibition", "gallery", "stage", "song", "story",
            "science", "research", "study", "data", "test", "result", "method", "model", "theory", "discovery",
            "health", "care", "doctor", "patient", "clinic", "treatment", "medicine", "vaccine", "ward", "service",
            "housing", "building", "tower", "home", "street", "estate", "project", "site", "design", "plot",
            "transport", "bus", "train", "route", "line", "track", "platform", "ticket", "fare", "timetable");

    /** The words prose needs between the nouns. */
    static final List<String> OTHERS = List.of(
            "new", "old", "early", "late", "local", "national", "public", "private", "small", "large",
            "quick", "slow", "quiet", "busy", "open", "closed", "final", "first", "second", "third",
            "eastern", "western", "northern", "southern", "central", "rural", "urban", "coastal", "annual", "monthly",
            "approve", "reject", "delay", "extend", "expand", "reduce", "raise", "cut", "build", "close",
            "open", "announce", "confirm", "deny", "report", "warn", "promise", "plan", "agree", "argue",
            "visit", "return", "leave", "arrive", "join", "lead", "follow", "support", "oppose", "question",
            "after", "before", "during", "since", "until", "while", "despite", "without", "within", "across",
            "the", "a", "of", "to", "in", "on", "for", "with", "at", "by",
            "from", "and", "but", "or", "as", "that", "this", "its", "their", "our",
            "more", "most", "many", "few", "some", "every", "each", "other", "another", "several",
            "year", "month", "week", "day", "hour", "decade", "century", "moment", "period", "time",
            "people", "family", "child", "parent", "group", "crowd", "union", "member", "leader", "official",
            "said", "says", "told", "asked", "added", "noted", "wrote", "called", "showed", "found",
            "million", "thousand", "hundred", "dozen", "half", "quarter", "percent", "number", "total", "share",
            "change", "growth", "fall", "rise", "gap", "risk", "cost", "need", "demand", "supply");

    static final List<String> WORDS = concat(NOUNS, OTHERS);

    static final List<String> FIRST_NAMES = List.of(
            "Ada", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kaya", "Luis",
            "Mira", "Nils", "Oona", "Pavel", "Rosa", "Sami", "Tariq", "Uma", "Vera", "Wen", "Yara", "Zoltan");

    static final List<String> LAST_NAMES = List.of(
            "Reporter", "Duarte", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Brennan", "Castro",
            "Ferreira", "Kowalski", "Larsen", "Mensah", "Osei", "Petrov", "Quinn", "Rahman", "Silva", "Varga");

    static final List<String> CATEGORIES = List.of(
            "News", "Politics", "Business", "Science", "Health", "Culture", "Sport", "Opinion", "World", "Technology");

    static final List<String> ROLES = List.of(
            "a councillor", "a resident", "the head of the union", "a shop owner", "a researcher", "the coach",
            "a spokesperson for the ministry", "a teacher at the school");

    private Vocabulary() {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
