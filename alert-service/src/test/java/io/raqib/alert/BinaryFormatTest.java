package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Ints written and read in bulk are the same big-endian bytes as one at a time: stored tallies depend on it. */
class BinaryFormatTest {

    private static final int[] VALUES = {Integer.MIN_VALUE, -1, 0, 1, 0x01020304, Integer.MAX_VALUE};

    @Test
    void bulkIntsAreBigEndianLikeSingleOnes() {
        BinaryWriter one = new BinaryWriter(1).writeByte(7);
        for (int value : VALUES) {
            one.writeInt(value);
        }
        byte[] bulk = new BinaryWriter(1).writeByte(7).writeInts(VALUES, VALUES.length).toByteArray();
        assertArrayEquals(one.toByteArray(), bulk);
        assertEquals(0x01, bulk[1 + 4 * 4]); // 0x01020304, most significant byte first
    }

    @Test
    void bulkIntsWriteOnlyTheCountAskedAndReadFromWhereTheReaderIs() {
        byte[] bytes = new BinaryWriter(4).writeByte(2).writeInt(99).writeInts(VALUES, 3).writeInt(-7).toByteArray();
        BinaryReader in = new BinaryReader(bytes, "a test value");
        in.version(2, 2);
        assertEquals(99, in.readInt());
        assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, 0}, in.readInts(3));
        assertEquals(-7, in.readInt());
        in.end();
    }

    @Test
    void bulkIntsPastTheEndAreTruncation() {
        byte[] bytes = new BinaryWriter(4).writeByte(2).writeInts(VALUES, 2).toByteArray();
        BinaryReader in = new BinaryReader(bytes, "a test value");
        in.version(2, 2);
        SerializationException e = assertThrows(SerializationException.class, () -> in.readInts(3));
        assertEquals("cannot read a test value: truncated at byte 1 of 9", e.getMessage());
    }
}
