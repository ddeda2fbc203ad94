package press.masthead.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Masthead's logging, set up in code: Logback finds this class as a service and runs it before it would look for
 * an XML file. Parsing XML cost about 0.4 s of every start, a quarter of the start-up target. Logs go to standard
 * error so that standard output keeps only the lines scripts read ("Masthead serving ..."): Masthead's own at INFO,
 * libraries' at WARN. Libraries that log through {@code java.util.logging} (Lucene, the PostgreSQL driver) are
 * sent through the same lines. Whoever wants another setup still can: with {@code -Dlogback.configurationFile=FILE}
 * this steps aside and Logback reads that file.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    private static final String OWN_FILE_PROPERTY = "logback.configurationFile";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (System.getProperty(OWN_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // Below WARNING, java.util.logging would build every record only for Logback to drop it.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        ConsoleLayout layout = new ConsoleLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        context.getLogger("press.masthead").setLevel(Level.INFO);
        // Lucene 9, the last for Java 17, warns on every start on JDK 23 and newer that a later Lucene would use
        // their vector instructions; Masthead runs on Java 17, so there is nothing to act on.
        context.getLogger("org.apache.lucene.internal.vectorization").setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
