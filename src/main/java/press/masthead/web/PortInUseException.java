package press.masthead.web;

/** The address to listen on is taken by another program. */
public final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String host, int port, Throwable cause) {
        super("Port " + port + " on " + host + " is already in use by another program. Stop that program or choose"
                + " another port with --port (or MASTHEAD_PORT).", cause);
    }
}
