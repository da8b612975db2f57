package org.pravasi.registry.keys;

/**
 * A newly issued key: the secret is shown once and never stored.
 *
 * @param id the key's public identifier
 * @param org the organisation it publishes for
 * @param secret the whole key, to give to the publisher
 */
public record IssuedKey(String id, String org, String secret) {
    @Override
    public String toString() {
        return "IssuedKey[id=" + id + ", org=" + org + ", secret=***]";
    }
}
