package org.meetbook.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code for a web address, made here (zxing), never fetched: a black-and-white PNG with
 * whole pixels per module and the standard quiet zone, so it stays sharp when scaled.
 */
public final class QrCode {

    private static final int QUIET_MODULES = 4;
    private static final int PIXELS_PER_MODULE = 4;
    private static final java.util.Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private QrCode() {}

    /** The modules of the code for {@code text}, true for dark, without the quiet zone. */
    public static boolean[][] modules(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    out[y][x] = m.get(x, y);
                }
            }
            return out;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text, e);
        }
    }

    /** The code as PNG bytes (made once per address and process). */
    public static byte[] png(String text) {
        return CACHE.computeIfAbsent(text, QrCode::draw);
    }

    private static byte[] draw(String text) {
        boolean[][] modules = modules(text);
        int size = (modules.length + 2 * QUIET_MODULES) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster raster = image.getRaster();
        int[] row = new int[size];
        for (int y = 0; y < size; y++) {
            int my = y / PIXELS_PER_MODULE - QUIET_MODULES;
            for (int x = 0; x < size; x++) {
                int mx = x / PIXELS_PER_MODULE - QUIET_MODULES;
                boolean dark = my >= 0 && mx >= 0 && my < modules.length && mx < modules.length && modules[my][mx];
                row[x] = dark ? 0 : 255;
            }
            raster.setPixels(0, y, size, 1, row);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
