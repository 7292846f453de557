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
 * The {@code temporary_download_url}s of uploaded files and of message attachments: random, unguessable
 * links served by the simulator itself under {@link #PATH_PREFIX}, each valid for {@code fileUrlTtl}. The
 * links live in a Vert.x local map so whoever issues them (the files API, webhook payloads) and the root
 * router (which serves them) share them.
 */
public final class TemporaryFileLinks {
    /** Where the links are served, on the root router, outside the Public API and without auth. */
    public static final String PATH_PREFIX = "/__files/";
    private static final String MAP_NAME = "timelinesai.simulator.fileLinks";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatorContext context;
    private final LocalMap<String, Link> links;

    /**
     * One issued link: which file and until when. A file of the workspace's file list is looked up when the
     * link is used (so deleting it ends the link); an attachment outside that list is kept in {@code attachment}.
     */
    public record Link(String fileUid, StoredFile attachment, Instant expiresAt) implements Shareable {
    }

    /** What a token points at. */
    public sealed interface Resolution {
        /** The link is valid and its file still exists. */
        record Valid(StoredFile file) implements Resolution {
        }

        /** The link is valid but the uploaded file behind it has been deleted. */
        record Deleted() implements Resolution {
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
        StoredFile attachment = context.state().file(file.uid()).isPresent() ? null : file;
        links.put(token, new Link(file.uid(), attachment, context.state().now().plus(ttl)));
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
        if (link.attachment() != null) {
            return new Resolution.Valid(link.attachment());
        }
        return context.state().file(link.fileUid()).<Resolution>map(Resolution.Valid::new)
                .orElseGet(Resolution.Deleted::new);
    }

    /** Forgets links expired for more than an hour (an expired link answers 410 until then). */
    private void purgeExpired() {
        Instant horizon = context.state().now().minus(Duration.ofHours(1));
        links.keySet().stream().filter(token -> {
            Link link = links.get(token);
            return link != null && link.expiresAt().isBefore(horizon);
        }).toList().forEach(links::remove);
    }
}
