package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class VectorBytesTest {
    @Test
    void aVectorComesBackFromItsBytesExactly() {
        float[] vector = {0.25f, -1.5f, Float.MIN_VALUE, 3.0e-7f, 0f};
        byte[] bytes = VectorBytes.of(vector);

        assertArrayEquals(vector, VectorBytes.floats(bytes, 0, bytes.length));
    }

    @Test
    void bytesAreReadFromTheirOffsetInASharedBuffer() {
        byte[] shared = new byte[3 + 8];
        System.arraycopy(VectorBytes.of(new float[] {1f, -2f}), 0, shared, 3, 8);

        assertArrayEquals(new float[] {1f, -2f}, VectorBytes.floats(shared, 3, 8));
    }
}
