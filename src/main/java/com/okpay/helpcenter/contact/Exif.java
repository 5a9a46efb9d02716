package com.okpay.helpcenter.contact;

/**
 * The one Exif tag worth keeping when the rest (GPS position, camera serial, dates...) goes: the
 * orientation, without which a phone photo shows sideways. Reads it from a TIFF structure and
 * writes a minimal TIFF that holds only it.
 */
final class Exif {
    private static final int ORIENTATION = 0x0112;

    private Exif() {
    }

    /** The orientation (1-8) in this TIFF structure, or 1 (upright) when absent or unreadable. */
    static int orientation(byte[] tiff, int offset, int length) {
        if (length < 8) {
            return 1;
        }
        boolean little = tiff[offset] == 'I' && tiff[offset + 1] == 'I';
        if (!little && !(tiff[offset] == 'M' && tiff[offset + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(tiff, offset + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 1;
        }
        int entries = u16(tiff, offset + (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = offset + (int) ifd + 2 + 12 * i;
            if (entry + 12 > offset + length) {
                return 1;
            }
            if (u16(tiff, entry, little) == ORIENTATION && u16(tiff, entry + 2, little) == 3) {
                int value = u16(tiff, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** A big-endian TIFF structure with one IFD holding only the orientation tag. */
    static byte[] orientationOnly(int orientation) {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, // header, IFD0 at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, 1 value
            0, 0, 0, 0}; // no next IFD
    }

    private static int u16(byte[] b, int at, boolean little) {
        int a = b[at] & 0xff;
        int c = b[at + 1] & 0xff;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, at, little);
        long low = u16(b, at + 2, little);
        return little ? low << 16 | high : high << 16 | low;
    }
}
