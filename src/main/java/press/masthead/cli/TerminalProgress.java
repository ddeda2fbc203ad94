package press.masthead.cli;

import java.io.PrintWriter;
import press.masthead.output.ExportProgress;

/** A progress bar that redraws itself on a terminal and stays silent in logs and pipes. */
final class TerminalProgress {
    private static final int WIDTH = 30;
    private static final int REDRAW_EVERY = 50;

    private TerminalProgress() {
    }

    static ExportProgress bar(PrintWriter out) {
        if (System.console() == null) {
            return ExportProgress.SILENT;
        }
        return (done, total) -> {
            if (done % REDRAW_EVERY == 0 || done == total) {
                int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
                synchronized (out) {
                    out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
                    out.flush();
                }
            }
        };
    }

    /** Ends the bar's line, so that what is printed next starts on a line of its own. */
    static void end(PrintWriter out) {
        if (System.console() != null) {
            out.println();
        }
    }
}
