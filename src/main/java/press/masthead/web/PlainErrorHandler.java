package press.masthead.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests that Jetty rejects before Masthead sees them (a malformed request line or path) in plain words,
 * instead of Jetty's own page: no server internals, no stack.
 */
final class PlainErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String explanation = code == HttpStatus.BAD_REQUEST_400
                ? "The request could not be understood: check the address for malformed percent-encoding"
                + " (a '%' must be followed by two hexadecimal digits) or characters not allowed in a URL."
                : HttpStatus.getMessage(code) + ".";
        byte[] body = (code + " " + HttpStatus.getMessage(code) + "\n" + explanation + "\n")
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
