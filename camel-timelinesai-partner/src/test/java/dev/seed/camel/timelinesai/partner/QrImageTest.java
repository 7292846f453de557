package dev.seed.camel.timelinesai.partner;

import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.seed.camel.timelinesai.partner.model.ActiveQrLink;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.partner.model.WorkspaceDetails;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.CONTENT_TYPE;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.EXPIRES_IN_HOURS;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.QR_CODE;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.QR_EXPIRES_AT;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.QR_LINK;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.USER_ID;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** users/qr with qrImage=true puts a PNG of the simulator's qr_link in the body and the response in headers. */
class QrImageTest extends PartnerTestSupport {

    @AfterEach
    void requestsFitTheSpec() {
        assertThat(VendorSpecs.checked(admin().partnerContractViolations())).as("partner contract violations").isEmpty();
    }

    private long agentOfAcmeDental() {
        ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=2", null, Object.class);
        return ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null, UsersCreated.class)
                .users().get(0).userId();
    }

    private String openLinkOf(long userId) {
        WorkspaceDetails details = ok("timelinesai-partner:workspaces/get?workspaceId=acme-dental", null,
                WorkspaceDetails.class);
        return details.qrLinks().stream().filter(l -> l.userId() == userId).map(ActiveQrLink::qrLink)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one open link for user " + userId);
                }).orElseThrow(() -> new AssertionError("no open link for user " + userId));
    }

    @Test
    void putsAPngOfTheIssuedLinkInTheBodyAndTheResponseInHeaders() {
        long agent = agentOfAcmeDental();

        Exchange exchange = call("timelinesai-partner:users/qr?workspaceId=acme-dental&qrImage=true", null,
                USER_ID, agent, EXPIRES_IN_HOURS, 48);

        assertThat(exchange.getException()).isNull();
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(byte[].class);
        BufferedImage image = QrImages.read((byte[]) body);
        assertThat(image.getWidth()).isEqualTo(QrCodePng.DEFAULT_SIZE);
        assertThat(image.getHeight()).isEqualTo(QrCodePng.DEFAULT_SIZE);
        String decoded = QrImages.decode(image);
        assertThat(decoded).isEqualTo(openLinkOf(agent));

        QrCode qr = exchange.getMessage().getHeader(QR_CODE, QrCode.class);
        assertThat(qr.userId()).isEqualTo(agent);
        assertThat(qr.qrLink()).isEqualTo(decoded);
        assertThat(exchange.getMessage().getHeader(QR_LINK)).isEqualTo(decoded);
        assertThat(exchange.getMessage().getHeader(QR_EXPIRES_AT)).isEqualTo(qr.expiresAt());
        assertThat(java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse(qr.expiresAt()))
                .toHours()).isBetween(46L, 48L);
        assertThat(exchange.getMessage().getHeader(CONTENT_TYPE)).isEqualTo("image/png");
        assertThat(exchange.getMessage().getHeader(WORKSPACE_ID)).isEqualTo("acme-dental");
    }

    @Test
    void theScannedLinkConnectsTheUsersWhatsapp() {
        long agent = agentOfAcmeDental();
        byte[] png = ok("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent + "&qrImage=true",
                null, byte[].class);

        PartnerAdmin.QrConnection connection = admin().connectQr(QrImages.decode(QrImages.read(png)),
                "+31612345678");

        assertThat(connection.workspaceId()).isEqualTo("acme-dental");
        assertThat(connection.userId()).isEqualTo(agent);
    }

    @Test
    void honoursTheImageSize() {
        long agent = agentOfAcmeDental();

        byte[] png = ok("timelinesai-partner:users/qr?workspaceId=acme-dental&qrImage=true&qrImageSize=640", agent,
                byte[].class);

        BufferedImage image = QrImages.read(png);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(QrImages.decode(image)).isEqualTo(openLinkOf(agent));
    }

    @Test
    void withoutQrImageTheBodyIsStillTheRecord() {
        long agent = agentOfAcmeDental();

        Exchange exchange = call("timelinesai-partner:users/qr?workspaceId=acme-dental", agent);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(QrCode.class);
        assertThat(exchange.getMessage().getBody(QrCode.class).qrLink()).isEqualTo(openLinkOf(agent));
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(QR_CODE, QR_LINK, QR_EXPIRES_AT, CONTENT_TYPE);
        assertThat(exchange.getMessage().getHeader(WORKSPACE_ID)).isEqualTo("acme-dental");
    }

    @Test
    void aLinkThatCannotBeRenderedFailsTheExchangeWithoutShowingTheLink() throws Exception {
        String secretLink = "https://app.timelines.ai/qr/" + "k".repeat(3000);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", http -> {
            byte[] answer = ("{\"workspace_id\":\"acme-dental\",\"user_id\":7,\"qr_link\":\"" + secretLink
                    + "\",\"expires_at\":\"2030-01-01T00:00:00Z\",\"whatsapp_disconnected\":false,"
                    + "\"previous_qr_revoked\":false}").getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().add("Content-Type", "application/json");
            http.sendResponseHeaders(200, answer.length);
            http.getResponseBody().write(answer);
            http.close();
        });
        server.start();
        try {
            Exchange exchange = call("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=7&qrImage=true"
                    + "&baseUrl=http://127.0.0.1:" + server.getAddress().getPort(), null);

            assertThat(exchange.getException()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("user 7 of workspace acme-dental")
                    .hasMessageContaining("could not be rendered")
                    .hasMessageNotContaining("kkkk");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theFileComponentWritesThePng(@TempDir Path dir) throws Exception {
        long agent = agentOfAcmeDental();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:qr-png")
                        .to("timelinesai-partner:users/qr?qrImage=true&qrImageSize=400&expiresInHours=72")
                        .setHeader(Exchange.FILE_NAME, simple("qr-${header.CamelTimelinesAiPartnerWorkspaceId}-"
                                + "${header.CamelTimelinesAiPartnerUserId}.png"))
                        .to("file:" + dir);
            }
        });

        template.sendBodyAndHeaders("direct:qr-png", null, java.util.Map.of(WORKSPACE_ID, "acme-dental",
                USER_ID, agent));

        Path file = dir.resolve("qr-acme-dental-" + agent + ".png");
        assertThat(file).exists();
        BufferedImage image = QrImages.read(Files.readAllBytes(file));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(QrImages.decode(image)).isEqualTo(openLinkOf(agent));
    }
}
