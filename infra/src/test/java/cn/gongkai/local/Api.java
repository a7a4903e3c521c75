package cn.gongkai.local;

import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client of Gongkai's HTTP API, as a department's system or a disclosure office would use it. */
final class Api {

    static final String BATCH = "application/cloudevents-batch+json";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String token;

    /** A client holding the test service's bootstrap administrator token. */
    Api(int port) {
        this(port, TestAccess.BOOTSTRAP_TOKEN);
    }

    private Api(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** The same service, with another bearer token (null: none at all). */
    Api as(String otherToken) {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A POST with headers of its own (a CloudEvent in binary mode: {@code ce-} headers and its content type). */
    HttpResponse<String> post(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts and expects 2xx or a refusal with a body in the accepted type (a marked register): answers its bytes. */
    byte[] postForBytes(String path, String contentType, byte[] body, String accept) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).header("Content-Type", contentType)
                    .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.headers().firstValue("Content-Type")).as("POST %s", path).hasValue(accept);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Posts an empty request (an audit's verification) and answers what it answered, expecting success. */
    JsonNode postForJson(String path) {
        HttpResponse<String> response = post(path, "application/json", new byte[0]);
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Sends a batch, expects it accepted, and answers the stream position of its last event. */
    JsonNode sendBatch(byte[] events) {
        HttpResponse<String> response = post("/api/v1/events", BATCH, events);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Waits until the report reflects the stream at least up to the position, and answers it. */
    JsonNode reportAtLeastAt(String organ, int year, long position) {
        String path = "/api/v1/organs/" + organ + "/reports/" + year;
        await().atMost(Duration.ofSeconds(30)).until(
                () -> get(path).statusCode() == 200 && getJson(path).get("position").asLong() >= position);
        return getJson(path);
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends any request the client builds, with this client's token. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
