package press.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Logging set up in code: Masthead's own lines at INFO, libraries' from WARN, on standard error. */
class ConsoleLoggingTest {
    private final PrintStream standardError = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void likeLogbackStartingUp() {
        // SLF4J's binding gives the context its MDC adapter before it runs any configurator.
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @AfterEach
    void restore() {
        context.stop();
        System.setErr(standardError);
        System.clearProperty("logback.configurationFile");
    }

    @Test
    void mastheadLogsFromInfoAndLibrariesFromWarnOnStandardError() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        assertThat(configure()).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        context.getLogger("press.masthead.cli.ServeCommand").info("Masthead stopped cleanly");
        context.getLogger("com.zaxxer.hikari.HikariDataSource").info("pool starting");
        context.getLogger("com.zaxxer.hikari.HikariDataSource").warn("pool trouble");

        String lines = captured.toString(StandardCharsets.UTF_8);
        assertThat(lines).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  ServeCommand - Masthead stopped cleanly$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  HikariDataSource - pool trouble$")
                .doesNotContain("pool starting");
    }

    @Test
    void aFailureIsLoggedWithItsStackTrace() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        configure();

        context.getLogger("press.masthead.web.HttpServer").error("Request GET /x failed",
                new IllegalStateException("the reason"));

        String lines = captured.toString(StandardCharsets.UTF_8);
        assertThat(lines)
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR HttpServer - Request GET /x failed$")
                .containsPattern("(?m)^java.lang.IllegalStateException: the reason$")
                .containsPattern("(?m)^\\s+at press\\.masthead\\.app\\.ConsoleLoggingTest\\."
                        + "aFailureIsLoggedWithItsStackTrace");
    }

    @Test
    void librariesThatLogThroughJavaUtilLoggingGoThroughLogbackFromWarning() {
        configure();

        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        assertThat(root.getHandlers()).singleElement().isInstanceOf(SLF4JBridgeHandler.class);
        assertThat(root.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
        assertThat(context.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider")
                .isWarnEnabled()).as("Lucene's advice to upgrade past Java 17").isFalse();
        assertThat(context.getLogger("org.apache.lucene.index.IndexWriter").isWarnEnabled()).isTrue();
    }

    @Test
    void aLogbackFileNamedOnTheCommandLineTakesOver() {
        System.setProperty("logback.configurationFile", "my-logging.xml");

        assertThat(configure()).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    private Configurator.ExecutionStatus configure() {
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        return logging.configure(context);
    }
}
