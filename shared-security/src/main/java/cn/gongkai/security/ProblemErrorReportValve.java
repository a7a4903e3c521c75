package cn.gongkai.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's last word on an error no application code saw (a path that cannot be decoded, a malformed request
 * line): a short RFC 9457 problem in JSON instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status >= 500 ? "the service failed to answer; the failure is in its log"
                : "the request cannot be read: its path, query or headers are malformed (bad %-encoding, or "
                + "characters a URL may not hold)";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:gongkai:problem:" + (status >= 500 ? "internal-error" : "malformed-request")
                        + "\",\"title\":\"" + (status >= 500 ? "Internal error" : "Malformed request")
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing more to say
        }
    }
}
