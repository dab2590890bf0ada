package io.raqib.testkafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;

/**
 * A broker as Strimzi runs Raqib's in production, inside this JVM: clients authenticate with SASL/SCRAM-SHA-512 and
 * an authorizer allows only what ACLs grant ({@code allow.everyone.if.no.acl.found=false}). The test kit's own
 * PLAIN super-user ({@value #ADMIN}) creates users, topics and ACLs, as the Strimzi operators would.
 */
public final class ScramBroker implements TestBroker {

    /** The test kit's super-user (PLAIN), written into its JAAS file. */
    private static final String ADMIN = "plain-admin";
    private static final String ADMIN_PASSWORD = "plain-admin-secret";

    private final KafkaClusterTestKit cluster;

    private ScramBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static ScramBroker start() {
        EmbeddedBroker.neverHalt();
        try {
            return new ScramBroker(EmbeddedBroker.started(EmbeddedBroker.singleNode(EmbeddedBroker.nodes()
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    // The broker's own requests to the controller are authorized too: as the super-user, not anonymous.
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .build())
                    .setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                    .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the SCRAM Kafka broker", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** A client of the super-user, who may do anything: for the test's own checks. */
    public Map<String, Object> superUserConfig() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT", SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"" + ADMIN + "\" password=\"" + ADMIN_PASSWORD + "\";");
    }

    public Admin admin() {
        return Admin.create(superUserConfig());
    }

    /** Creates (or updates) a SCRAM-SHA-512 user, as Strimzi's User Operator does for a KafkaUser. */
    public void createUser(String name, String password) throws Exception {
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(name,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
        }
    }

    public void grant(Collection<AclBinding> acls) throws Exception {
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get();
        }
    }

    /** What a client of this user sets: the same keys the services take under kafka.* or kafka-streams.*. */
    public static Map<String, String> clientConfig(String user, String password) {
        return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + user + "\" password=\"" + password + "\";");
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
