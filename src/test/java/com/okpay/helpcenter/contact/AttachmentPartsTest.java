package com.okpay.helpcenter.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okpay.helpcenter.config.ConfigException;
import com.okpay.helpcenter.config.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts that judge and clean an attached file, on bytes in memory. */
class AttachmentPartsTest {

    @Test
    void theKindOfAFileComesFromItsFirstBytes() {
        assertEquals(Optional.of(FileKind.PNG), sniff(SampleFiles.png()));
        assertEquals(Optional.of(FileKind.JPEG), sniff(SampleFiles.jpeg()));
        assertEquals(Optional.of(FileKind.PDF), sniff(SampleFiles.pdf()));
        assertEquals(Optional.of(FileKind.GIF), sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.WEBP), sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), sniff(SampleFiles.exe()), "an .exe, whatever its name");
        assertEquals(Optional.empty(), sniff(SampleFiles.zipBomb()), "a ZIP, whatever its name");
    }

    @Test
    void plainTextIsUtf8WithoutNulAndWithoutLeadingMarkup() {
        assertTrue(isText(SampleFiles.text()));
        assertTrue(isText("\uFEFF  hello".getBytes(StandardCharsets.UTF_8)));
        assertFalse(isText(SampleFiles.svg()));
        assertFalse(isText(SampleFiles.html()), "markup after white space is still markup");
        assertFalse(isText("abc\0def".getBytes(StandardCharsets.UTF_8)));
        assertFalse(isText(new byte[] {'a', (byte) 0xc3}), "cut in the middle of a character");
        assertFalse(isText(new byte[] {'a', (byte) 0xff, 'b'}));
        assertFalse(isText("   \n".getBytes(StandardCharsets.UTF_8)), "nothing but white space");
        byte[] chinese = "支付失败".repeat(5000).getBytes(StandardCharsets.UTF_8);
        TextCheck check = new TextCheck();
        for (int i = 0; i < chinese.length; i += 7) {
            check.update(chinese, i, Math.min(7, chinese.length - i)); // characters split across chunks
        }
        assertTrue(check.finish());
    }

    @Test
    void aPngLosesItsTextAndTimeChunksAndIsOtherwiseByteIdentical() throws IOException {
        byte[] cleaned = clean(FileKind.PNG, SampleFiles.pngWithMetadata());
        assertArrayEquals(SampleFiles.png(), cleaned);
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Zhang San"));
    }

    @Test
    void aJpegLosesGpsAndCameraSerialButKeepsItsOrientationAndPixels() throws IOException {
        byte[] original = SampleFiles.jpegWithGps();
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains(SampleFiles.SERIAL));
        byte[] cleaned = clean(FileKind.JPEG, original);
        assertArrayEquals(SampleFiles.jpegWithOrientationOnly(), cleaned);
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains(SampleFiles.SERIAL));
        int exif = indexOf(cleaned, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)) + 6;
        assertEquals(6, Exif.orientation(cleaned, exif, cleaned.length - exif));
    }

    @Test
    void aJpegWithoutOrientationGetsNoExifAtAllAndKeepsItsColourProfile() throws IOException {
        byte[] icc = new byte[40];
        System.arraycopy("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), 0, icc, 0, 12);
        byte[] jpeg = SampleFiles.jpeg();
        byte[] withIcc = new byte[jpeg.length + 4 + icc.length];
        System.arraycopy(jpeg, 0, withIcc, 0, 2);
        withIcc[2] = (byte) 0xff;
        withIcc[3] = (byte) 0xe2;
        withIcc[4] = 0;
        withIcc[5] = (byte) (icc.length + 2);
        System.arraycopy(icc, 0, withIcc, 6, icc.length);
        System.arraycopy(jpeg, 2, withIcc, 6 + icc.length, jpeg.length - 2);
        assertArrayEquals(withIcc, clean(FileKind.JPEG, withIcc));
    }

    @Test
    void aTruncatedImageIsDamaged() {
        byte[] png = SampleFiles.png();
        assertThrows(IOException.class, () -> clean(FileKind.PNG, Arrays.copyOf(png, png.length / 2)));
        byte[] jpeg = SampleFiles.jpeg();
        assertThrows(IOException.class, () -> clean(FileKind.JPEG, Arrays.copyOf(jpeg, 10)));
    }

    @Test
    void fileNamesWithPathsControlsOrOverLongAreRefused() {
        assertTrue(AttachmentIntake.isSafeName("支付失败截图 2026-11-29.png"));
        assertFalse(AttachmentIntake.isSafeName("../../etc/passwd"));
        assertFalse(AttachmentIntake.isSafeName("C:\\Users\\me\\a.png"));
        assertFalse(AttachmentIntake.isSafeName("a\nb.png"));
        assertFalse(AttachmentIntake.isSafeName("invoice\u202Egnp.exe"), "right-to-left override");
        assertFalse(AttachmentIntake.isSafeName("a".repeat(300) + ".png"));
        assertTrue(AttachmentIntake.isSafeName("截".repeat(250) + ".png"), "counted in characters, not bytes");
    }

    @Test
    void limitsAreReadFromFlagsOrEnvironmentWithBinaryUnits() {
        AttachmentSettings defaults = AttachmentSettings.from(new Settings(Map.of(), Map.of()));
        assertEquals(3, defaults.maxFiles());
        assertEquals(5L << 20, defaults.maxFileBytes());
        assertEquals(10L << 20, defaults.maxTotalBytes());
        assertEquals(2L << 30, defaults.storeBytes());
        AttachmentSettings set = AttachmentSettings.from(new Settings(Map.of("contact-attachment-max", "512KB",
                "clamd", "127.0.0.1:3310"), Map.of("HELPCENTER_CONTACT_ATTACHMENTS", "2",
                "HELPCENTER_CONTACT_ATTACHMENTS_TOTAL", "1MB")));
        assertEquals(2, set.maxFiles());
        assertEquals(512 * 1024, set.maxFileBytes());
        assertEquals(1 << 20, set.maxTotalBytes());
        assertEquals(Optional.of(new AttachmentSettings.ClamdAddress("127.0.0.1", 3310)), set.clamd());
        assertFalse(AttachmentSettings.from(new Settings(Map.of("contact-attachments", "0"), Map.of())).enabled());
        ConfigException tooMuch = assertThrows(ConfigException.class, () -> AttachmentSettings.from(
                new Settings(Map.of("contact-attachments-total", "30MB"), Map.of())));
        assertTrue(tooMuch.getMessage().contains("--contact-attachments-total"), tooMuch.getMessage());
        assertThrows(ConfigException.class, () -> AttachmentSettings.from(new Settings(Map.of("clamd", "nohost"), Map.of())));
    }

    @Test
    void clamdAnswersAreRead() {
        assertInstanceOf(Clamd.Verdict.Clean.class, Clamd.verdict("stream: OK"));
        assertEquals(new Clamd.Verdict.Infected("Eicar-Test-Signature"), Clamd.verdict("stream: Eicar-Test-Signature FOUND"));
        assertInstanceOf(Clamd.Verdict.Unavailable.class, Clamd.verdict("INSTREAM size limit exceeded. ERROR"));
    }

    private static Optional<FileKind> sniff(byte[] bytes) {
        return FileKind.sniff(bytes, Math.min(bytes.length, FileKind.HEAD));
    }

    private static boolean isText(byte[] bytes) {
        TextCheck check = new TextCheck();
        check.update(bytes, 0, bytes.length);
        return check.finish();
    }

    private static byte[] clean(FileKind kind, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageCleaner.clean(kind, new ByteArrayInputStream(bytes), out);
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
