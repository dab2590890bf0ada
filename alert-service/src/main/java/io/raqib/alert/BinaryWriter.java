package io.raqib.alert;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the service's binary state formats ({@link TallySerde} and the others): big-endian numbers, strings as
 * UTF-8 after their length (-1 for null). Grows as it goes; one writer per value.
 */
final class BinaryWriter {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;

    BinaryWriter(int expectedSize) {
        bytes = new byte[expectedSize];
    }

    BinaryWriter writeByte(int value) {
        room(1);
        bytes[size++] = (byte) value;
        return this;
    }

    BinaryWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    BinaryWriter writeInt(int value) {
        room(Integer.BYTES);
        INT.set(bytes, size, value);
        size += Integer.BYTES;
        return this;
    }

    BinaryWriter writeLong(long value) {
        room(Long.BYTES);
        LONG.set(bytes, size, value);
        size += Long.BYTES;
        return this;
    }

    BinaryWriter writeDouble(double value) {
        return writeLong(Double.doubleToRawLongBits(value));
    }

    BinaryWriter writeInts(int[] values, int count) {
        room(count * Integer.BYTES);
        for (int i = 0; i < count; i++) {
            INT.set(bytes, size, values[i]);
            size += Integer.BYTES;
        }
        return this;
    }

    /** A string, or null. */
    BinaryWriter writeString(String value) {
        return writeBlob(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes after their length, or null. */
    BinaryWriter writeBlob(byte[] value) {
        if (value == null) {
            return writeInt(-1);
        }
        writeInt(value.length);
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, Math.max(16, size + more)));
        }
    }
}
