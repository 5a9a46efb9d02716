package com.okpay.helpcenter.semantic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A vector as bytes, little-endian floats: how the index's doc values and the database keep one. */
final class VectorBytes {
    private VectorBytes() {
    }

    static byte[] of(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    /** The vector {@link #of} wrote, read from {@code length} bytes at {@code offset}. */
    static float[] floats(byte[] bytes, int offset, int length) {
        float[] vector = new float[length / Float.BYTES];
        ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
