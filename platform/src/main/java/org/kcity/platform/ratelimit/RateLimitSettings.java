package org.kcity.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests a minute each kind of caller may send ({@code kcity.rate-limit.*}). A caller with a valid token
 * is held to its own quota and, when the token names an organization, to the organization's, which all its people
 * share; a caller without one to its client address's. Each quota is a token bucket that holds a minute's worth:
 * a quiet caller may spend it in one burst, then one request per (60 s / quota).
 */
@ConfigMapping(prefix = "kcity.rate-limit")
public interface RateLimitSettings {

    /** Off: no request is counted and no RateLimit header is sent. */
    @WithDefault("true")
    boolean enabled();

    /** Per token subject ({@code sub}). */
    @WithDefault("600")
    int callerReadsPerMinute();

    @WithDefault("120")
    int callerWritesPerMinute();

    /** Per organization ({@code org} claim), shared by all its callers. */
    @WithDefault("3000")
    int organizationReadsPerMinute();

    @WithDefault("600")
    int organizationWritesPerMinute();

    /** Per client address, for requests without a valid token (the public reads). */
    @WithDefault("300")
    int clientAddressReadsPerMinute();

    @WithDefault("60")
    int clientAddressWritesPerMinute();
}
