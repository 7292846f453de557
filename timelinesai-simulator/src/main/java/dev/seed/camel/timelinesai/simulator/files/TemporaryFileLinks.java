package dev.seed.camel.timelinesai.simulator.files;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

/**
 * The {@code temporary_download_url}s of uploaded files: random, unguessable links served by the simulator
 * itself under {@link #PATH_PREFIX}, each valid for {@code fileUrlTtl}. The links live in a Vert.x local map
 * so the Public API (which issues them) and the root router (which serves them) share them.
 */
public final class TemporaryFileLinks {
    /** Where the links are served, on the root router, outside the Public API and without auth. */
    public static final String PATH_PREFIX = "/__files/";
    private static final String MAP_NAME = "timelinesai.simulator.fileLinks";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatorContext context;
    private final LocalMap<String, Link> links;

    /** One issued link: which file and until when. */
    public record Link(String fileUid, Instant expiresAt) implements Shareable {
    }

    /** What a token points at. */
    public sealed interface Resolution {
        /** The link is valid; the file may still have been deleted since. */
        record Valid(String fileUid) implements Resolution {
        }

        /** The link existed but its time is over. */
        record Expired(Instant expiredAt) implements Resolution {
        }

        /** No such link was ever issued. */
        record Unknown() implements Resolution {
        }
    }

    private TemporaryFileLinks(SimulatorContext context) {
        this.context = context;
        this.links = context.vertx().sharedData().getLocalMap(MAP_NAME);
    }

    public static TemporaryFileLinks of(SimulatorContext context) {
        return new TemporaryFileLinks(context);
    }

    /** A new absolute URL for the file, valid for the configured time. */
    public String issue(StoredFile file) {
        purgeExpired();
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Duration ttl = context.options().fileUrlTtl();
        links.put(token, new Link(file.uid(), context.state().now().plus(ttl)));
        return context.rootUrl() + PATH_PREFIX + token;
    }

    public Resolution resolve(String token) {
        Link link = token == null ? null : links.get(token);
        if (link == null) {
            return new Resolution.Unknown();
        }
        if (!context.state().now().isBefore(link.expiresAt())) {
            return new Resolution.Expired(link.expiresAt());
        }
        return new Resolution.Valid(link.fileUid());
    }

    /** Forgets links expired for more than a day (an expired link still answers 410 until then). */
    private void purgeExpired() {
        Instant horizon = context.state().now().minus(Duration.ofDays(1));
        links.keySet().stream().filter(token -> {
            Link link = links.get(token);
            return link != null && link.expiresAt().isBefore(horizon);
        }).toList().forEach(links::remove);
    }
}
