package io.raqib.testkafka;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/** One combined KRaft broker+controller inside this JVM, from Kafka's own test kit. */
public final class EmbeddedBroker implements TestBroker {

    private final KafkaClusterTestKit cluster;

    private EmbeddedBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * At JVM exit the test kit deletes its temporary log dirs in one shutdown hook while another closes the broker; a
     * broker that finds its log dir gone halts the JVM ("all log dirs have failed"), and surefire then fails a build
     * whose tests all passed (a fork exit code of 254 was seen). Halting is not the broker's call inside a test JVM.
     */
    static void neverHalt() {
        Exit.setHaltProcedure((status, message) -> System.err.println("embedded broker asked to halt (" + status
                + "): " + message + "; ignored in tests"));
    }

    /** One combined broker and controller; a caller may set the protocols before building. */
    static TestKitNodes.Builder nodes() {
        return new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1);
    }

    /** The test kit's builder for a single node, with what a single node needs. */
    static KafkaClusterTestKit.Builder singleNode(TestKitNodes nodes) {
        return new KafkaClusterTestKit.Builder(nodes)
                // A single broker: internal topics (offsets, transactions) cannot have more replicas.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0");
    }

    /** Formats, starts and waits for the cluster. */
    static KafkaClusterTestKit started(KafkaClusterTestKit.Builder builder) throws Exception {
        KafkaClusterTestKit cluster = builder.build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    public static EmbeddedBroker start() {
        neverHalt();
        try {
            return new EmbeddedBroker(started(singleNode(nodes().build())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded Kafka broker", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
