package press.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.app.Setting;
import press.masthead.output.ExportSummary;
import press.masthead.output.StaticExport;

/** {@code masthead export}: the site in another form. */
@Command(name = "export", description = "Export the site.",
        subcommands = {ExportCommand.StaticSite.class, ExportWordPressCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code masthead export static OUTDIR}: every public URL as a file, byte for byte what the server answers. */
    @Command(name = "static", description = "Write the public site as static files.")
    static final class StaticSite implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "OUTDIR", description = "Folder to write the site into")
        Path outDir;

        @Option(names = "--base-url", paramLabel = "URL", description = "Public address the files will be served at")
        String baseUrl;

        @Option(names = "--gzip", description = "Also write a .gz copy of every compressible file")
        boolean gzip;

        @Override
        public Integer call() {
            Map<Setting, String> flags = new EnumMap<>(Setting.class);
            if (baseUrl != null) {
                flags.put(Setting.BASE_URL, baseUrl);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (MastheadApp app = MastheadApp.open(common.resolve(flags), Clock.systemUTC())) {
                StaticExport export = new StaticExport(app.exportSources(), gzip,
                        Math.max(2, Runtime.getRuntime().availableProcessors()));
                ExportSummary summary = export.run(outDir, TerminalProgress.bar(out));
                TerminalProgress.end(out);
                out.println(summary + " to " + outDir.toAbsolutePath().normalize());
            }
            return 0;
        }
    }
}
