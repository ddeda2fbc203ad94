package press.masthead.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line: local time to the millisecond, level, the logger's simple name and the message, then the stack
 * trace of an exception if there is one, as in {@code 11:04:05.123 INFO  ServeCommand - Masthead stopped cleanly}.
 * Logback's pattern layout would write the same line from a pattern, but setting it up costs a tenth of a second of
 * every start, as it links some fifty converters, of which this line needs five.
 */
final class ConsoleLayout extends LayoutBase<ILoggingEvent> {
    /** The longest level's name, so that messages line up. */
    private static final int LEVEL_WIDTH = 5;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String doLayout(ILoggingEvent event) {
        String logger = event.getLoggerName();
        String level = event.getLevel().toString();
        StringBuilder line = new StringBuilder(128)
                .append(time.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(level).append(" ".repeat(Math.max(0, LEVEL_WIDTH - level.length()))).append(' ')
                .append(logger, logger.lastIndexOf('.') + 1, logger.length()).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }
}
