package dev.seed.camel.timelinesai.partner;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PNG decodes back to the text, has the requested size and a quiet zone of at least 4 modules. */
class QrCodePngTest {
    private static final String LINK = "https://app.timelines.ai/qr/q7Zk2mP9xV4tL8nR";

    @ParameterizedTest
    @ValueSource(ints = { QrCodePng.MIN_SIZE, QrCodePng.DEFAULT_SIZE, 517, QrCodePng.MAX_SIZE })
    void decodesBackToTheTextAtTheRequestedSize(int size) {
        byte[] png = QrCodePng.render(LINK, size);

        BufferedImage image = QrImages.read(png);
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(QrImages.decode(image)).isEqualTo(LINK);
    }

    @Test
    void isAPng() {
        byte[] png = QrCodePng.render(LINK, QrCodePng.DEFAULT_SIZE);

        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @ParameterizedTest
    @ValueSource(ints = { QrCodePng.MIN_SIZE, 400 })
    void leavesAQuietZoneOfAtLeastFourModulesOnEverySide(int size) {
        BufferedImage image = QrImages.read(QrCodePng.render(LINK, size));
        int left = size;
        int top = size;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (QrImages.dark(image, x, y)) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        // the top-left finder pattern starts with a dark run of 7 modules
        int finderWidth = 0;
        while (QrImages.dark(image, left + finderWidth, top)) {
            finderWidth++;
        }
        int module = finderWidth / 7;

        assertThat(finderWidth % 7).as("finder pattern of whole modules").isZero();
        assertThat(module).as("pixels per module").isGreaterThanOrEqualTo(2);
        int quietZone = QrCodePng.QUIET_ZONE_MODULES * module;
        assertThat(left).isGreaterThanOrEqualTo(quietZone);
        assertThat(top).isGreaterThanOrEqualTo(quietZone);
        assertThat(size - 1 - right).isGreaterThanOrEqualTo(quietZone);
        assertThat(size - 1 - bottom).isGreaterThanOrEqualTo(quietZone);
    }

    @Test
    void refusesSizesOutOfBoundsAndAnEmptyText() {
        assertThatThrownBy(() -> QrCodePng.render(LINK, QrCodePng.MIN_SIZE - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 to 2000 pixels");
        assertThatThrownBy(() -> QrCodePng.render(LINK, QrCodePng.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 2001");
        assertThatThrownBy(() -> QrCodePng.render("", QrCodePng.DEFAULT_SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesATextTooLongForAQrCode() {
        String tooLong = "https://app.timelines.ai/qr/" + "x".repeat(3000);

        assertThatThrownBy(() -> QrCodePng.render(tooLong, QrCodePng.DEFAULT_SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit in a QR code");
    }
}
