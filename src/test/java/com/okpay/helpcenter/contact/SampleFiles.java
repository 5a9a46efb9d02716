package com.okpay.helpcenter.contact;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files a customer might attach, good and bad, built in memory for the attachment tests. */
final class SampleFiles {
    static final String SERIAL = "SN-99887766";
    static final String SECRET_TEXT = "Author: Zhang San, GPS 31.2304N 121.4737E";

    private SampleFiles() {
    }

    /** A screenshot-like PNG as an image library writes it: no metadata. */
    static byte[] png() {
        return image("png");
    }

    /** A JPEG as an image library writes it (JFIF, no Exif). */
    static byte[] jpeg() {
        return image("jpeg");
    }

    /** {@link #png()} with a text chunk and a time chunk inserted after IHDR: what the cleaner must drop. */
    static byte[] pngWithMetadata() {
        byte[] clean = png();
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(clean, 0, afterHeader);
        out.writeBytes(chunk("tEXt", ("Comment\0" + SECRET_TEXT).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xea, 11, 29, 20, 0, 0}));
        out.write(clean, afterHeader, clean.length - afterHeader);
        return out.toByteArray();
    }

    /** {@link #jpeg()} with an Exif segment holding the camera serial, orientation 6 and a GPS position. */
    static byte[] jpegWithGps() {
        return withSegment(jpeg(), exifSegment(exifWithGps()));
    }

    /** What the cleaner must make of {@link #jpegWithGps()}: the original with only the orientation in its Exif. */
    static byte[] jpegWithOrientationOnly() {
        byte[] tiff = Exif.orientationOnly(6);
        return withSegment(jpeg(), exifSegment(tiff));
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> "
                + "endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] exe() {
        byte[] bytes = new byte[2048];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return "\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP of 10 MB of zeros, compressed to a few KB: a small bomb. */
    static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 10; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] text() {
        return "订单号 12345\n错误：支付失败 (code 51)\n".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 6, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data).putInt((int) crc.getValue()).array();
    }

    /** Inserts an APP1 segment right after the JFIF APP0 segment. */
    private static byte[] withSegment(byte[] jpeg, byte[] segment) {
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int at = 2 + 2 + app0Length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.writeBytes(segment);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static byte[] exifSegment(byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        return ByteBuffer.allocate(2 + length).put((byte) 0xff).put((byte) 0xe1).putShort((short) length).put(header)
                .put(tiff).array();
    }

    /**
     * Little-endian TIFF: IFD0 with Make (the serial, as ASCII), Orientation 6 and a GPS IFD
     * pointer; the GPS IFD with GPSLatitudeRef N.
     */
    static byte[] exifWithGps() {
        ByteBuffer b = ByteBuffer.allocate(128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries -> 8 + 2 + 36 + 4 = 50; serial text at 50 (12 bytes); GPS IFD at 62
        b.putShort((short) 3);
        b.putShort((short) 0x010f).putShort((short) 2).putInt(12).putInt(50);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(62);
        b.putInt(0);
        b.put((SERIAL + "\0").getBytes(StandardCharsets.US_ASCII));
        // GPS IFD at 62: one entry, GPSLatitudeRef "N"
        b.putShort((short) 1);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putInt(0);
        byte[] tiff = new byte[b.position()];
        b.flip();
        b.get(tiff);
        return tiff;
    }
}
