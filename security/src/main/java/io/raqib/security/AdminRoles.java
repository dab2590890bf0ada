package io.raqib.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * An admin holds every role, whoever vouched for it (an API key or the identity provider's {@code groups} claim), so
 * {@code @RolesAllowed} lists only the role a task needs.
 */
@ApplicationScoped
public class AdminRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.ADMIN) || identity.getRoles().containsAll(Roles.ALL)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder admin = QuarkusSecurityIdentity.builder(identity);
        Roles.ALL.forEach(admin::addRole);
        return Uni.createFrom().item(admin.build());
    }
}
