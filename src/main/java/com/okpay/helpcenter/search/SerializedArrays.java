package com.okpay.helpcenter.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StreamCorruptedException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a Java serialization stream that holds nothing but arrays of primitives (nested to any
 * depth), such as smartcn's dictionaries: straight from the bytes with bulk copies, where
 * {@link java.io.ObjectInputStream} went value by value through its general machinery. At a first
 * start that machinery cost a quarter of a second of the interpreter's time and a fifth of the
 * optimizing compiler's work, for two files the segmenter needs before it cuts its first title.
 * Anything else in the stream (an object, a string, a class it does not know) is refused with an
 * exception, and the caller then reads it the general way.
 */
final class SerializedArrays {
    private static final short MAGIC = (short) 0xACED;
    private static final short VERSION = 5;
    private static final byte TC_NULL = 0x70;
    private static final byte TC_REFERENCE = 0x71;
    private static final byte TC_CLASSDESC = 0x72;
    private static final byte TC_ENDBLOCKDATA = 0x78;
    private static final byte TC_ARRAY = 0x75;
    private static final int BASE_HANDLE = 0x7e0000;
    /** From this many values on, an array is copied through a buffer view in one go. */
    private static final int BULK = 64;

    private final ByteBuffer in;
    /** Every class descriptor (its array class name) and array, by handle. */
    private final List<Object> handles = new ArrayList<>();

    private SerializedArrays(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes); // big-endian, as the stream is
    }

    /** The top-level objects of the stream, in order. */
    static List<Object> read(InputStream stream) throws IOException {
        SerializedArrays reader = new SerializedArrays(stream.readAllBytes());
        try {
            return reader.all();
        } catch (RuntimeException e) {
            // a short or odd stream: the buffer says so with an unchecked exception
            throw new StreamCorruptedException("not a stream of primitive arrays: " + e);
        }
    }

    private List<Object> all() throws IOException {
        if (in.getShort() != MAGIC || in.getShort() != VERSION) {
            throw new StreamCorruptedException("not a Java serialization stream");
        }
        List<Object> objects = new ArrayList<>();
        while (in.hasRemaining()) {
            objects.add(element());
        }
        return objects;
    }

    private Object element() throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case TC_NULL -> null;
            case TC_REFERENCE -> handle();
            case TC_ARRAY -> array();
            default -> throw new StreamCorruptedException("unexpected tag " + tag);
        };
    }

    private Object handle() throws IOException {
        int index = in.getInt() - BASE_HANDLE;
        if (index < 0 || index >= handles.size()) {
            throw new StreamCorruptedException("bad handle");
        }
        return handles.get(index);
    }

    private Object array() throws IOException {
        String type = classDescriptor();
        int length = in.getInt();
        if (type.length() < 2 || type.charAt(0) != '[' || length < 0) {
            throw new StreamCorruptedException("not an array: " + type);
        }
        if (type.charAt(1) == '[') {
            Object[] nested = (Object[]) Array.newInstance(componentClass(type.substring(1)), length);
            handles.add(nested); // its handle comes before its elements'
            for (int i = 0; i < length; i++) {
                nested[i] = element();
            }
            return nested;
        }
        Object array = primitives(type.charAt(1), length);
        handles.add(array);
        return array;
    }

    /**
     * The values of one array of primitives, big-endian. Short ones (most of smartcn's words are
     * two or three characters) are decoded in place: a buffer view per array cost more than the copy.
     */
    private Object primitives(char type, int length) throws IOException {
        byte[] bytes = in.array();
        int at = in.position();
        Object values;
        int size;
        switch (type) {
            case 'B' -> {
                values = Arrays.copyOfRange(bytes, at, at + length);
                size = 1;
            }
            case 'C' -> {
                char[] chars = new char[length];
                if (length < BULK) {
                    for (int i = 0; i < length; i++) {
                        chars[i] = (char) ((bytes[at + 2 * i] & 0xff) << 8 | bytes[at + 2 * i + 1] & 0xff);
                    }
                } else {
                    in.asCharBuffer().get(chars);
                }
                values = chars;
                size = 2;
            }
            case 'S' -> {
                short[] shorts = new short[length];
                in.asShortBuffer().get(shorts);
                values = shorts;
                size = 2;
            }
            case 'I' -> {
                int[] ints = new int[length];
                if (length < BULK) {
                    for (int i = 0; i < length; i++) {
                        ints[i] = in.getInt(at + 4 * i);
                    }
                } else {
                    in.asIntBuffer().get(ints);
                }
                values = ints;
                size = 4;
            }
            case 'J' -> {
                long[] longs = new long[length];
                in.asLongBuffer().get(longs);
                values = longs;
                size = 8;
            }
            default -> throw new StreamCorruptedException("unsupported array [" + type);
        }
        in.position(Math.addExact(at, Math.multiplyExact(size, length)));
        return values;
    }

    /** The class name of a new or earlier descriptor; arrays only, so no fields and no superclass. */
    private String classDescriptor() throws IOException {
        byte tag = in.get();
        if (tag == TC_REFERENCE) {
            if (handle() instanceof Descriptor descriptor) {
                return descriptor.name();
            }
            throw new StreamCorruptedException("a reference that is not a class");
        }
        if (tag != TC_CLASSDESC) {
            throw new StreamCorruptedException("unexpected class tag " + tag);
        }
        byte[] bytes = new byte[in.getShort() & 0xffff];
        in.get(bytes);
        String name = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        in.getLong(); // serialVersionUID
        handles.add(new Descriptor(name));
        in.get(); // flags
        if (in.getShort() != 0 || in.get() != TC_ENDBLOCKDATA || in.get() != TC_NULL) {
            throw new StreamCorruptedException("a class with fields, annotations or a superclass");
        }
        return name;
    }

    private static Class<?> componentClass(String name) throws IOException {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new StreamCorruptedException("unknown array class " + name);
        }
    }

    private record Descriptor(String name) {
    }
}
