package io.restwell.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.domain.BookingException;
import io.restwell.booking.PartnerApiKey;
import io.restwell.booking.config.PartnerConfig;
import io.restwell.booking.domain.ApiKeys;
import io.restwell.booking.repository.PartnerApiKeyRepository;

/** Clinic API keys: issued by admins, shown once, kept as hashes, revocable. */
@ApplicationScoped
public class PartnerKeyService {

    /** A new key with its plaintext, which exists only in this answer. */
    public record Issued(PartnerApiKey key, String plaintext) {
    }

    /** Who a valid key speaks for. */
    public record KeyHolder(UUID clinicId, UUID keyId, String keyPrefix) {
    }

    private final PartnerApiKeyRepository keys;
    private final CatalogService catalog;
    private final PartnerConfig config;
    private final Clock clock;

    PartnerKeyService(PartnerApiKeyRepository keys, CatalogService catalog, PartnerConfig config, Clock clock) {
        this.keys = keys;
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(UUID clinicId, String label, String createdBy) {
        catalog.clinic(clinicId, true);
        int most = config.maxKeysPerClinic();
        if (keys.liveOfClinic(clinicId) >= most) {
            throw BookingException.conflict("Clinic " + clinicId + " holds " + most
                    + " live API keys already: revoke one it no longer uses first.");
        }
        ApiKeys.Issued issued;
        do {
            issued = ApiKeys.issue(config.keyPrefix());
        } while (keys.byPrefix(issued.lookupPrefix()) != null); // 62^8 prefixes: a repeat is all but impossible
        PartnerApiKey key = new PartnerApiKey();
        key.id = UUID.randomUUID();
        key.clinicId = clinicId;
        key.label = label.strip();
        key.keyPrefix = issued.lookupPrefix();
        key.keyHash = issued.hash();
        key.createdAt = OffsetDateTime.now(clock);
        key.createdBy = createdBy;
        keys.persist(key);
        return new Issued(key, issued.key());
    }

    @Transactional
    public List<PartnerApiKey> list(UUID clinicId) {
        catalog.clinic(clinicId, true);
        return keys.ofClinic(clinicId);
    }

    /** Revokes at once (the next request with it answers 401); revoking a revoked key changes nothing. */
    @Transactional
    public PartnerApiKey revoke(UUID clinicId, UUID keyId) {
        catalog.clinic(clinicId, true);
        PartnerApiKey key = keys.inClinic(clinicId, keyId);
        if (key == null) {
            throw BookingException.notFound("No API key " + keyId + " at clinic " + clinicId + ".");
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(clock);
        }
        return key;
    }

    /**
     * The holder of a presented key, or null when it is malformed, unknown, revoked or its clinic is deactivated. Notes the key's
     * last use at most once per {@code last-used-granularity}, so this stays a read almost always.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public KeyHolder authenticate(String presented) {
        if (!ApiKeys.wellFormed(presented)) {
            return null;
        }
        PartnerApiKey key = keys.byPrefix(ApiKeys.lookupPrefix(presented));
        if (key == null || key.revokedAt != null || !ApiKeys.matches(presented, key.keyHash)) {
            return null;
        }
        if (!keys.clinicActive(key.clinicId)) {
            return null; // answered like an unknown key: a deactivated clinic is not revealed; reactivating restores it
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (key.lastUsedAt == null || key.lastUsedAt.plus(config.lastUsedGranularity()).isBefore(now)) {
            keys.getEntityManager().createQuery("update PartnerApiKey set lastUsedAt = :now where id = :id")
                    .setParameter("now", now).setParameter("id", key.id).executeUpdate();
        }
        return new KeyHolder(key.clinicId, key.id, key.keyPrefix);
    }
}
