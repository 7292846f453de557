package dev.seed.camel.timelinesai.internal.transport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiCommunicationException;
import dev.seed.camel.timelinesai.limit.RequestGuard;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to a base URL with a bearer token and reads the whole response, each call under a
 * {@link RequestGuard} (shared limiter, retries; none unless {@link #guardedBy} is called). Knows nothing of
 * envelopes or error shapes, so every TimelinesAI API can share it. The token is never logged.
 */
public final class ApiTransport {
    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);

    private final HttpClient httpClient;
    private final String baseUrl;
    private final Supplier<String> token;
    private final Map<String, String> fixedHeaders;
    /** The base URL's host and path, parsed once (null when it does not parse: each request then fails as before). */
    private final HttpHost host;
    private final String basePath;
    private volatile boolean retryWhenTokenChanged;
    private volatile RequestGuard guard = RequestGuard.unguarded();

    /** {@code token} is asked on every request, so it may change (rotation) or be freshly minted (a JWT). */
    public ApiTransport(HttpClient httpClient, String baseUrl, Supplier<String> token) {
        this(httpClient, baseUrl, token, Map.of());
    }

    /** Also sends {@code fixedHeaders} (such as the Partner API's {@code X-TL-Partner-Id}) with every request. */
    public ApiTransport(HttpClient httpClient, String baseUrl, Supplier<String> token, Map<String, String> fixedHeaders) {
        this.httpClient = httpClient;
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.token = token;
        this.fixedHeaders = Map.copyOf(fixedHeaders);
        HttpHost parsedHost = null;
        String parsedPath = null;
        try {
            URI base = URI.create(this.baseUrl);
            if (base.getRawAuthority() != null && base.getRawQuery() == null && base.getRawFragment() == null
                    && base.getRawUserInfo() == null) {
                parsedHost = HttpHost.create(base);
                parsedPath = base.getRawPath() == null ? "" : base.getRawPath();
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("The base URL does not parse as a URI; each request will report it");
        }
        this.host = parsedHost;
        this.basePath = parsedPath;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Makes a refused request (401) go out once more when the token changed while it was in flight, as when a
     * rotated token is handed over: a 401 means the server did not act on the request, so repeating it is safe.
     * Only requests whose body can be sent again are repeated.
     */
    public ApiTransport retryWhenTokenChanged() {
        this.retryWhenTokenChanged = true;
        return this;
    }

    /** Puts every call under {@code guard}: the shared request limiter and the retry policy. */
    public ApiTransport guardedBy(RequestGuard guard) {
        this.guard = guard;
        return this;
    }

    public RequestGuard guard() {
        return guard;
    }

    /**
     * Sends a request to {@code baseUrl + path} with the bearer token, waiting and retrying as the guard says. A
     * one-time resend after a token change goes through the guard too, so it waits for a limiter permit.
     */
    public ApiResponse execute(ApiRequest request) {
        Attempt attempt = new Attempt(request, null);
        ApiResponse response = guard.call(request, attempt);
        if (retryWhenTokenChanged && response.status() == 401
                && (request.entity() == null || request.entity().isRepeatable())) {
            String current = token.get();
            if (current != null && !current.equals(attempt.usedToken)) {
                LOG.debug("{} was refused with a token replaced meanwhile; sending it again with the new one", request);
                response = guard.call(request, new Attempt(request, current));
            }
        }
        return response;
    }

    private ClassicHttpRequest build(ApiRequest request, String bearer) {
        String pathAndQuery = request.path() + queryString(request.queryParams());
        // the host and path of the base URL were parsed once: no URI is parsed per request
        ClassicHttpRequest http = host != null
                ? new BasicClassicHttpRequest(request.method(), host, basePath + pathAndQuery)
                : new BasicClassicHttpRequest(request.method(), URI.create(baseUrl + pathAndQuery));
        http.addHeader(HttpHeaders.ACCEPT, "application/json");
        if (bearer != null && !bearer.isEmpty()) {
            http.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        fixedHeaders.forEach(http::addHeader);
        if (request.entity() != null) {
            http.setEntity(request.entity());
        }
        return http;
    }

    /**
     * Fetches an absolute URL (such as a file's temporary download URL) without the bearer token: such URLs
     * are pre-signed and may point to another host.
     */
    public ApiResponse fetch(String absoluteUrl) {
        return new Attempt(ClassicRequestBuilder.get(URI.create(absoluteUrl)).build(), "GET <temporary download URL>")
                .send();
    }

    private static ApiResponse read(ClassicHttpResponse r) throws IOException {
        HttpEntity entity = r.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        String contentType = entity == null ? null : entity.getContentType();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.getHeaders()) {
            headers.putIfAbsent(h.getName(), h.getValue());
        }
        return new ApiResponse(r.getCode(), r.getReasonPhrase(), contentType, headers, body);
    }

    /**
     * One attempt of a request, the only caller of the HTTP client: built with the token of the moment (or a
     * given one) when the guard lets it go, so a retry after a token change carries the new token.
     */
    private final class Attempt implements RequestGuard.Attempt {
        private final ApiRequest request;
        private final String givenToken;
        private final ClassicHttpRequest prebuilt;
        private final String label;
        private volatile String usedToken;

        Attempt(ApiRequest request, String givenToken) {
            this.request = request;
            this.givenToken = givenToken;
            this.prebuilt = null;
            this.label = null;
        }

        Attempt(ClassicHttpRequest prebuilt, String label) {
            this.request = null;
            this.givenToken = null;
            this.prebuilt = prebuilt;
            this.label = label;
        }

        /** What logs and errors call the request (never its token). */
        private String label() {
            return label != null ? label : request.toString();
        }

        @Override
        public ApiResponse send() {
            ClassicHttpRequest http = prebuilt;
            if (http == null) {
                usedToken = givenToken != null ? givenToken : token.get();
                http = build(request, usedToken);
            }
            boolean debug = LOG.isDebugEnabled();
            long started = debug ? System.nanoTime() : 0;
            if (debug) {
                LOG.debug("Sending {}", label());
            }
            try {
                ApiResponse response = httpClient.execute(http, ApiTransport::read);
                if (debug) {
                    LOG.debug("{} answered {} ({} bytes) in {} ms", label(), response.status(), response.body().length,
                            (System.nanoTime() - started) / 1_000_000);
                }
                return response;
            } catch (IOException e) {
                throw new TimelinesAiCommunicationException(label() + " failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        }
    }

    private static String queryString(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        String s = url;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
