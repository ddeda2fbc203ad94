package press.masthead.admin;

/** Says how long to wait in words a person reads at a glance. */
final class Waits {
    private Waits() {
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds <= 1 ? "a second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
