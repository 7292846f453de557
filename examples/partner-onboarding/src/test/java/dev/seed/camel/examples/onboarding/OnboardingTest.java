package dev.seed.camel.examples.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The onboarding routes against a simulator: the QR links are in the files (the PNG decodes back to the link), each scan fired a signed connected event the route accepted, and the welcome went out.
 */
class OnboardingTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create();

    @Test
    void provisionsWritesQrLinksAndWelcomesAfterTheScan(TimelinesAiSimulator simulator, @TempDir Path dir) throws Exception {
        String summary = new OnboardingApplication("Café Zürich", dir, simulator).runDemo(Duration.ofMinutes(2));

        assertThat(summary).isEqualTo("ONBOARDING SUMMARY workspace=cafe-zurich qr_links=2 connected=2 welcome_messages=2");
        List<String> lines = Files.readAllLines(dir.resolve("cafe-zurich/qr-links.txt"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2).allMatch(l -> l.matches("\\d+\tAgent \\d\t" + simulator.rootUrl() + "/qr/[0-9a-f]{32}\t.+"));
        String userId = lines.get(0).split("\t")[0];
        String link = lines.get(0).split("\t")[2];
        assertThat(Files.readString(dir.resolve("cafe-zurich/user-" + userId + ".html")))
                .contains("<a href=\"" + link + "\">").contains("<img src=\"user-" + userId + ".png\"")
                .contains("Workspace cafe-zurich");
        assertThat(decodeQr(dir.resolve("cafe-zurich/user-" + userId + ".png"))).isEqualTo(link);

        assertThat(simulator.admin().partnerDeliveries("whatsapp_account:connected"))
                .hasSize(2).allMatch(d -> d.success() && d.statusCode() == 200 && "cafe-zurich".equals(d.workspaceId()));
        assertThat(simulator.admin().sentMessages()).extracting(SentMessage::phone, SentMessage::text)
                .allMatch(t -> "+14155552042".equals(t.toList().get(0)))
                .extracting(t -> (String) t.toList().get(1))
                .containsExactlyInAnyOrder(
                        "Welcome to WhatsApp support! Your number +14155553001 is connected to workspace cafe-zurich.",
                        "Welcome to WhatsApp support! Your number +14155553002 is connected to workspace cafe-zurich.");
        assertThat(VendorSpecs.checked(simulator.admin().partnerContractViolations())).filteredOn(v -> v.status() < 400).isEmpty();
    }

    /**
     * The text of the QR code in a PNG file. A generated, upright code is read as a pure barcode: zxing's finder
     * pattern search misses about 2 % of these renderings, the pure-barcode reader none (300 random links tried).
     */
    private static String decodeQr(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG image in " + png).isNotNull();
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
