package dev.seed.camel.timelinesai.partner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Test helper that reads PNG bytes back into an image and decodes the QR code in it with zxing's reader. */
final class QrImages {

    private QrImages() {
    }

    static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("Not an image ImageIO can read (" + png.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code in the image; fails the test when there is none. */
    static String decode(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found in the " + image.getWidth() + "x" + image.getHeight()
                    + " image", e);
        } catch (ReaderException e) {
            throw new AssertionError("The QR code could not be decoded", e);
        }
    }

    /** Whether the pixel is dark (below mid-grey). */
    static boolean dark(BufferedImage image, int x, int y) {
        return luminance(image.getRGB(x, y)) < 128;
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }

    /** The grey levels of a {@link BufferedImage}, as zxing's binarizers read them. */
    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] pixels;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    pixels[y * image.getWidth() + x] = (byte) luminance(image.getRGB(x, y));
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
