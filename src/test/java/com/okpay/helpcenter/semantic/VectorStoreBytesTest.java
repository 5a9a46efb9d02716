package com.okpay.helpcenter.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class VectorStoreBytesTest {
    @Test
    void aSentenceVectorComesBackFromItsDocValueBytesExactly() {
        float[] vector = {0.25f, -1.5f, Float.MIN_VALUE, 3.0e-7f, 0f};

        assertArrayEquals(vector, VectorStore.floats(VectorStore.bytes(vector)));
    }

    @Test
    void bytesAreReadFromTheirOffsetInASharedBuffer() {
        byte[] shared = new byte[3 + 8];
        System.arraycopy(VectorStore.bytes(new float[] {1f, -2f}).bytes, 0, shared, 3, 8);

        assertArrayEquals(new float[] {1f, -2f}, VectorStore.floats(new BytesRef(shared, 3, 8)));
    }
}
