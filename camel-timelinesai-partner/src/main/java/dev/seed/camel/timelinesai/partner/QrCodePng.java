package dev.seed.camel.timelinesai.partner;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders a text, such as a QR onboarding link, as a square black-on-white PNG QR code with the 4-module quiet
 * zone the QR standard asks for.
 */
public final class QrCodePng {
    /** Smallest image side in pixels. */
    public static final int MIN_SIZE = 100;
    /** Largest image side in pixels. */
    public static final int MAX_SIZE = 2000;
    /** Image side in pixels when none is given. */
    public static final int DEFAULT_SIZE = 300;
    /** White border around the code, in modules. */
    public static final int QUIET_ZONE_MODULES = 4;
    /** The media type of the rendered image. */
    public static final String CONTENT_TYPE = "image/png";

    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private QrCodePng() {
    }

    /**
     * A PNG of {@code size} × {@code size} pixels whose QR code encodes {@code text} with error correction level M
     * (15 % of the code may be damaged). Modules are whole pixels, so the code is centred in a quiet zone of at
     * least 4 modules; only a text that needs more modules than the pixels allow makes the image larger.
     */
    public static byte[] render(String text, int size) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Nothing to encode: the QR code text is empty");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("A QR code image must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels wide, was " + size);
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text (" + text.length() + " characters) does not fit in a QR "
                    + "code: " + e.getMessage(), e);
        }
        return png(matrix);
    }

    private static byte[] png(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("This JDK has no PNG image writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the QR code PNG", e);
        }
        return out.toByteArray();
    }
}
