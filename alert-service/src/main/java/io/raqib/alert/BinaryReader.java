package io.raqib.alert;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads what {@link BinaryWriter} wrote. Every read checks its bounds, so that bytes that are not such a value
 * (truncated, another format, garbage) end in a {@link SerializationException} naming the type, never in a value
 * made of noise or an out-of-memory on a length read from noise.
 */
final class BinaryReader {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] bytes;
    private final String type;
    private int position;

    BinaryReader(byte[] bytes, String type) {
        this.bytes = bytes;
        this.type = type;
    }

    /** Reads the version byte every format starts with, one of {@code oldest} to {@code current}, and returns it. */
    int version(int oldest, int current) {
        int version = bytes.length == 0 ? -1 : bytes[0];
        if (version < oldest || version > current) {
            throw invalid(bytes.length == 0 ? "no bytes" : "unknown format version " + version + " (expected "
                    + (oldest == current ? "" : oldest + " to ") + current + ")");
        }
        position = 1;
        return version;
    }

    int readByte() {
        need(1);
        return bytes[position++];
    }

    boolean readBoolean() {
        int value = readByte();
        if (value != 0 && value != 1) {
            throw invalid("not a boolean: " + value);
        }
        return value == 1;
    }

    int readInt() {
        need(Integer.BYTES);
        int value = (int) INT.get(bytes, position);
        position += Integer.BYTES;
        return value;
    }

    long readLong() {
        need(Long.BYTES);
        long value = (long) LONG.get(bytes, position);
        position += Long.BYTES;
        return value;
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    int[] readInts(int count) {
        need((long) count * Integer.BYTES);
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = (int) INT.get(bytes, position);
            position += Integer.BYTES;
        }
        return values;
    }

    long[] readLongs(int count) {
        need((long) count * Long.BYTES);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = (long) LONG.get(bytes, position);
            position += Long.BYTES;
        }
        return values;
    }

    /** A count written before that many items, checked against the most the format allows. */
    int readCount(int max, String what) {
        int count = readInt();
        if (count < 0 || count > max) {
            throw invalid(count + " " + what + ", at most " + max + " allowed");
        }
        return count;
    }

    String readString() {
        byte[] blob = readBlob();
        return blob == null ? null : new String(blob, StandardCharsets.UTF_8);
    }

    byte[] readBlob() {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw invalid("negative length " + length);
        }
        need(length);
        byte[] blob = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return blob;
    }

    /** Checks that nothing follows the value: trailing bytes mean it was not one. */
    void end() {
        if (position != bytes.length) {
            throw invalid((bytes.length - position) + " bytes after the value");
        }
    }

    SerializationException invalid(String why) {
        return new SerializationException("cannot read " + type + ": " + why);
    }

    private void need(long count) {
        if (count > bytes.length - position) {
            throw invalid("truncated at byte " + position + " of " + bytes.length);
        }
    }
}
