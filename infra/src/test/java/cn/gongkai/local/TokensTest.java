package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens: issued credentials work until they expire or are revoked; forged, expired and malformed tokens are
 * refused with 401 problem details; tokens of an identity provider's JWK set are accepted; no token reaches the log.
 */
@ServiceOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class TokensTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("tokens");
    static final String SIGNING_KEY = TestAccess.springProperties().get("gongkai.security.jwt.secret");
    static final RSAKey IDENTITY_PROVIDER_KEY = rsaKey();
    static final HttpServer JWK_SET = jwkSetServer();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://localhost:" + JWK_SET.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stopJwkSet() {
        JWK_SET.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void an_issued_credential_works_until_it_is_revoked(CapturedOutput output) {
        Api admin = new Api(port);
        registerOrgan(admin, "tokens-bureau");
        JsonNode issued = issue(admin, "{\"subject\":\"bureau system\",\"roles\":[\"DEPARTMENT\"],"
                + "\"organs\":[\"tokens-bureau\"],\"validForDays\":30}");
        Api department = admin.as(issued.get("token").asText());

        HttpResponse<String> before = department.get("/api/v1/organs/tokens-bureau/reports/2025");
        HttpResponse<String> revoke = admin.send("DELETE", "/api/v1/credentials/"
                + issued.get("credentialId").asText(), null, null);
        HttpResponse<String> after = department.get("/api/v1/organs/tokens-bureau/reports/2025");

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(revoke.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(admin.read(after.body()).get("detail").asText()).contains("revoked");
        assertThat(admin.getJson("/api/v1/credentials").findValuesAsText("credentialId"))
                .contains(issued.get("credentialId").asText());
        assertThat(admin.getJson("/api/v1/credentials").toString()).doesNotContain(issued.get("token").asText());
        assertThat(output.getAll()).doesNotContain(issued.get("token").asText(), TestAccess.BOOTSTRAP_TOKEN);
    }

    @Test
    void forged_expired_and_malformed_tokens_are_refused_with_401() throws JOSEException {
        Api admin = new Api(port);
        String path = "/api/v1/organs";
        Map<String, String> tokens = Map.of(
                "signed with another key", hmac("another-key-of-at-least-thirty-two-bytes!!", "gongkai",
                        Instant.now().plusSeconds(600), List.of("ADMIN")),
                "expired", hmac(SIGNING_KEY, "gongkai", Instant.now().minusSeconds(600), List.of("ADMIN")),
                "another issuer", hmac(SIGNING_KEY, "someone-else", Instant.now().plusSeconds(600), List.of("ADMIN")),
                "an unknown role", hmac(SIGNING_KEY, "gongkai", Instant.now().plusSeconds(600), List.of("ROOT")),
                "not a JWT", "just-some-text",
                "an unsigned JWT", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        tokens.forEach((what, token) -> {
            HttpResponse<String> response = admin.as(token).get(path);
            assertThat(response.statusCode()).as(what).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).get().asString()
                    .startsWith("Bearer");
            assertThat(admin.read(response.body()).get("type").asText()).as(what)
                    .isEqualTo("urn:gongkai:problem:unauthenticated");
        });
        assertThat(admin.as(null).get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_from_the_identity_providers_jwk_set_carries_its_roles_and_organs() throws JOSEException {
        Api admin = new Api(port);
        registerOrgan(admin, "idp-bureau");
        registerOrgan(admin, "idp-elsewhere");
        Api viewer = admin.as(rsa(List.of("VIEWER"), List.of("idp-bureau")));

        assertThat(viewer.get("/api/v1/organs/idp-bureau/reports/2025").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/organs/idp-elsewhere/reports/2025").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/events", Api.BATCH, "[]".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
    }

    /** Registers the organ and waits until the query side knows it. */
    private static void registerOrgan(Api admin, String organ) {
        long position = admin.sendBatch(("[{\"specversion\":\"1.0\",\"id\":\"organ-" + organ + "\",\"source\":\"/tokens\","
                + "\"type\":\"gongkai.organ.registered\",\"data\":{\"organ\":\"" + organ + "\",\"name\":\"" + organ
                + "\"}}]").getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        admin.reportAtLeastAt(organ, 2025, position);
    }

    private static JsonNode issue(Api admin, String request) {
        HttpResponse<String> response = admin.post("/api/v1/credentials", "application/json",
                request.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return admin.read(response.body());
    }

    private static String hmac(String key, String issuer, Instant expires, List<String> roles) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer(issuer).subject("forger").expirationTime(Date.from(expires))
                .issueTime(Date.from(expires.minusSeconds(3600))).claim("roles", roles).build());
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String rsa(List<String> roles, List<String> organs) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(IDENTITY_PROVIDER_KEY.getKeyID()).build(), new JWTClaimsSet.Builder()
                .issuer("https://idp.example.gov.cn").subject("zhang.office").issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", roles).claim("organs", organs).build());
        jwt.sign(new RSASSASigner(IDENTITY_PROVIDER_KEY));
        return jwt.serialize();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity provider's JWK set endpoint, serving the public half of its key. */
    private static HttpServer jwkSetServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] body = new JWKSet(IDENTITY_PROVIDER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
